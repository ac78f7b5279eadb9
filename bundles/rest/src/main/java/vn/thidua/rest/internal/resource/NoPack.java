package vn.thidua.rest.internal.resource;

import vn.thidua.plan.province.DissolvedProvinceException;
import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.province.UnknownProvinceException;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.problem.ProblemMapper;
import vn.thidua.rules.NoRulePackException;
import java.util.List;

import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;

/**
 * When no rule pack is in force for a province on a date, which of the two is at fault: the
 * province when no pack of it is loaded at all, else the date (its packs cover other years).
 */
final class NoPack {

    private NoPack() {
    }

    /** The field that names the province, or the one that names the date, for {@code province}. */
    static String fieldAtFault(RulePackRegistry rules, String province, String provinceField, String dateField) {
        boolean known = rules.packs().stream()
                .anyMatch(p -> p.state() == PackState.LOADED && province.equals(p.provinceCode()));
        return known ? dateField : provinceField;
    }

    /**
     * 409 for a draft whose province, issuer, kind and year select no pack, naming the field at fault:
     * the province when no pack of it is loaded, the issuer when none of the province is for that
     * issuer, the kind when none of that issuer covers the kind, else the year.
     */
    static ProblemException problem(RulePackRegistry rules, NoRulePackException e, String provinceField, String issuerField,
            String kindField, String dateField) {
        List<RulePackInfo> loaded = rules.packs().stream()
                .filter(p -> p.state() == PackState.LOADED && e.provinceCode().equals(p.provinceCode())).toList();
        String field;
        if (loaded.isEmpty()) {
            field = provinceField;
        } else if (loaded.stream().noneMatch(p -> p.issuerKind() == e.issuer())) {
            field = issuerField;
        } else if (loaded.stream().noneMatch(p -> p.serves(e.issuer(), e.kind()))) {
            field = kindField;
        } else {
            field = dateField;
        }
        return new ProblemException(ProblemMapper.noRulePack(e).withField(field));
    }

    /** 409 for a request whose province and date select no pack, naming the field at fault. */
    static ProblemException problem(RulePackRegistry rules, NoRulePackException e, String provinceField, String dateField) {
        return new ProblemException(ProblemMapper.noRulePack(e)
                .withField(fieldAtFault(rules, e.provinceCode(), provinceField, dateField)));
    }

    /**
     * Refuses a draft for a province that had ended by {@code date} (naming its successor) or that neither the
     * province map nor a loaded pack knows (naming the closest), as the registry refuses a plan, at {@code field}.
     */
    static void requireDraftable(RulePackRegistry rules, String province, java.time.LocalDate date, String field) {
        ProvinceLineage provinces = ProvinceLineage.standard();
        try {
            if (provinces.isKnown(province)) {
                provinces.requireInForce(province, date);
            } else if (fieldAtFault(rules, province, "p", "d").equals("p")) {
                provinces.requireKnown(province);
            }
        } catch (UnknownProvinceException | DissolvedProvinceException e) {
            throw new ProblemException(ProblemMapper.provinceProblem(e).withField(field));
        }
    }
}
