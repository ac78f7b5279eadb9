package vn.thidua.plan.store.jpa.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.TypedQuery;

import vn.thidua.plan.province.ProvinceLineage;

/** The where clause of a listing, built from the filters given, with its parameters. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    void add(String condition) {
        conditions.add(condition);
    }

    /** Adds the condition only when the filter has a value. */
    void add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    /**
     * The condition on a plan's province: the code alone, or with {@code lineage} the code and every code it
     * absorbed ({@code bac-ninh}: Bắc Ninh and Bắc Giang), as one {@code in} list. Nothing when no code.
     */
    void province(String column, String code, boolean lineage, ProvinceLineage provinces) {
        if (code == null) {
            return;
        }
        Set<String> codes = lineage ? provinces.lineage(code) : Set.of();
        if (codes.size() > 1) {
            add(column + " in :provinces", "provinces", List.copyOf(codes));
        } else {
            add(column + " = :province", "province", code);
        }
    }

    /** A parameter the conditions already added use. */
    void parameter(String name, Object value) {
        parameters.put(name, value);
    }

    <Q extends TypedQuery<?>> Q apply(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code word} matched literally by a {@code like ... escape '!'}. */
    static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public String toString() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
