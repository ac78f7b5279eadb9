package vn.thidua.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.thidua.plan.Plan;
import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackChecker;
import vn.thidua.rules.RulePackRegistry;

/** The administrator's pack tools as a service: they read the registry and never change it. */
@Component(service = RulePackChecker.class)
public final class RulePackCheckerComponent implements RulePackChecker {

    private static final Pattern VERSION = Pattern.compile("(?m)^(\\s+version:\\s*).*$");
    private static final Pattern VALID_FROM = Pattern.compile("(?m)^(\\s+validFrom:\\s*).*$");
    private static final Pattern VALID_TO = Pattern.compile("(?m)^\\s+validTo:.*\\R");

    private final RulePackRegistry registry;
    private final VietnamClock clock;

    @Activate
    public RulePackCheckerComponent(@Reference RulePackRegistry registry, @Reference VietnamClock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public PackCheckReport check(byte[] descriptor, String origin, List<Plan> plans) {
        return new PackCheck(registry::inForce, clock.today()).check(descriptor, origin, plans);
    }

    @Override
    public Optional<String> scaffold(String provinceCode, int year) {
        return scaffold(registry, provinceCode, year);
    }

    static Optional<String> scaffold(RulePackRegistry registry, String provinceCode, int year) {
        Optional<RulePack> base = registry.inForce(provinceCode, LocalDate.of(year, 1, 1))
                .or(() -> registry.inForce(provinceCode, LocalDate.of(year - 1, 1, 1)));
        return base.filter(LoadedPack.class::isInstance).map(LoadedPack.class::cast).map(pack -> {
            String text;
            try (InputStream in = pack.descriptorUrl().openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the descriptor of " + pack.info().id(), e);
            }
            text = VERSION.matcher(text).replaceFirst("$1" + Matcher.quoteReplacement(year + ".0.0"));
            text = VALID_FROM.matcher(text).replaceFirst("$1" + year + "-01-01");
            text = VALID_TO.matcher(text).replaceFirst("");
            return header(pack, year) + text;
        });
    }

    private static String header(RulePack pack, int year) {
        return "# Rule pack for " + year + ", started from " + pack.info().id() + " (" + pack.info().origin() + ").\n"
                + "# 1. Edit what changed this year: legal bases under defaults/legalBases (each may carry $from/$to),\n"
                + "#    recipients under defaults/recipients, the days under calendar, award forms under awards/laws,\n"
                + "#    the template (the plan the draft starts from). Keep pack/province; version and validFrom are set.\n"
                + "# 2. Check it without installing it: thidua:pack-check <this file>\n"
                + "#    (or POST /api/v1/rule-packs/check with this file as the body): every problem has its JSON Pointer,\n"
                + "#    and the changes against " + pack.info().id() + " are listed.\n"
                + "# 3. Install it: copy it into the watched folder (etc: vn.thidua.rules.folder, default rulepacks/).\n"
                + "#    From " + year + "-01-01 it is in force (the higher version wins); older plans keep the older pack.\n"
                + "#    Roll back by removing the file.\n";
    }
}
