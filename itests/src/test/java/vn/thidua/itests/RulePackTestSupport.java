package vn.thidua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.inject.Inject;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.ValidationReport;

/** The services and checks the rule-pack tests share. */
public abstract class RulePackTestSupport extends PlatformTestSupport {

    /** Injection waits (up to pax.exam.service.timeout) until the rules bundle registers it. */
    @Inject
    protected RulePackRegistry registry;

    @Inject
    protected PlanCodec codec;

    /** The plan of a file under ${karaf.base} validates with no error against the pack {@code packId}. */
    protected void assertValidates(String example, String packId) throws Exception {
        Plan plan;
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.base")).resolve(example))) {
            plan = codec.read(in);
        }
        ValidationReport report = registry.validate(plan);
        assertEquals(packId, report.pack().id());
        assertTrue(report.findings().toString(), report.valid());
    }

    /** The ids of the loaded packs of a province, in the registry's order (by version). */
    protected static List<String> loaded(List<RulePackInfo> packs, String province) {
        return packs.stream().filter(p -> p.state() == PackState.LOADED && province.equals(p.provinceCode()))
                .map(RulePackInfo::id).toList();
    }

    protected static List<RulePackInfo> refused(List<RulePackInfo> packs) {
        return packs.stream().filter(p -> p.state() == PackState.REFUSED).toList();
    }
}
