package vn.thidua.rest.internal.resource;

import java.util.List;

import vn.thidua.rules.RuleInfo;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;

/** A rule pack with its rules. */
public record RulePackView(RulePackInfo pack, List<RuleInfo> rules) {

    public static RulePackView of(RulePack pack) {
        return new RulePackView(pack.info(), pack.rules());
    }
}
