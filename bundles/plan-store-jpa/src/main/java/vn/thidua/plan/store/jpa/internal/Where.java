package vn.thidua.plan.store.jpa.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

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
