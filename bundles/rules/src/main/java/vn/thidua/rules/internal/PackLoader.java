package vn.thidua.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;

import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.plan.Plan;
import vn.thidua.plan.Province;
import vn.thidua.rules.Finding;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;
import vn.thidua.rules.internal.check.CompiledRule;
import vn.thidua.rules.internal.check.RuleTypes;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.DescriptorReader;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.template.Drafter;

/**
 * Turns a descriptor into a {@link LoadedPack}, or into a refusal that says why. Beyond the strict
 * reading: a valid identity and period, known rule types with valid parameters, and a template whose
 * draft for the first year of the period validates with no error against the pack's own rules.
 */
final class PackLoader {

    /** The descriptor format this loader reads. */
    static final int FORMAT = 1;

    private final DescriptorReader reader = new DescriptorReader();
    private final PackLimits limits;

    PackLoader() {
        this(new PackLimits());
    }

    PackLoader(PackLimits limits) {
        this.limits = limits;
    }

    /** What loading one descriptor gave. */
    record Outcome(LoadedPack pack, RulePackInfo refused) {

        RulePackInfo info() {
            return pack != null ? pack.info() : refused;
        }
    }

    Outcome load(URL descriptor, String origin, long bundleId) {
        JsonNode tree = null;
        try {
            tree = reader.tree(new ByteArrayInputStream(bounded(descriptor)));
            return new Outcome(load(reader.read(tree), descriptor, origin, bundleId), null);
        } catch (DescriptorException e) {
            return refused(tree, origin, bundleId, e.getMessage());
        } catch (IOException e) {
            return refused(tree, origin, bundleId, "cannot read " + descriptor + ": " + e);
        } catch (RuntimeException e) {
            // A defect the checks above did not foresee still refuses the pack rather than the extender.
            return refused(tree, origin, bundleId, e.toString());
        }
    }

    private LoadedPack load(PackDescriptor descriptor, URL url, String origin, long bundleId) {
        checkIdentity(descriptor);
        LoadedPack pack = assemble(descriptor, RuleTypes.compile(descriptor, reader.mapper()), url, origin, bundleId);
        selfCheck(pack);
        return pack;
    }

    /** The identity and period checks a descriptor must pass before its rules are compiled. */
    static void checkIdentity(PackDescriptor descriptor) {
        if (descriptor.format() != FORMAT) {
            throw new DescriptorException("/format", "this platform reads descriptor format " + FORMAT + ", found "
                    + descriptor.format());
        }
        PackDescriptor.Identity id = descriptor.pack();
        if (!Province.isCode(id.province().code())) {
            throw new DescriptorException("/pack/province/code", "must be " + Province.CODE_RULE + ", was '"
                    + id.province().code() + "'");
        }
        if (id.succeeds() != null && !Province.isCode(id.succeeds())) {
            throw new DescriptorException("/pack/succeeds", "must be a province code, " + Province.CODE_RULE + ", was '"
                    + id.succeeds() + "'");
        }
        version(id);
        if (id.validTo() != null && id.validTo().isBefore(id.validFrom())) {
            throw new DescriptorException("/pack/validTo", id.validTo() + " is before validFrom " + id.validFrom());
        }
    }

    private static Version version(PackDescriptor.Identity id) {
        try {
            return Version.parseVersion(id.version());
        } catch (IllegalArgumentException e) {
            throw new DescriptorException("/pack/version", "not a version (major.minor.micro): '" + id.version() + "'");
        }
    }

    /** The pack of a descriptor whose identity passed and whose rules compiled, not yet self-checked. */
    LoadedPack assemble(PackDescriptor descriptor, List<CompiledRule> rules, URL url, String origin, long bundleId) {
        PackDescriptor.Identity id = descriptor.pack();
        Version version = version(id);
        String packId = id.province().code() + "@" + version;
        RulePackInfo info = new RulePackInfo(packId, id.province().code(), id.province().name(), version.toString(),
                id.validFrom(), id.validTo(), id.succeeds(), PackState.LOADED, null, origin, bundleId);
        return new LoadedPack(info, descriptor, rules, new Drafter(descriptor, reader.mapper()), url, limits);
    }

    DescriptorReader reader() {
        return reader;
    }

    /**
     * The descriptor's bytes, refused before any parsing when there are more than the limit: by the
     * size the file or bundle entry declares, else by reading one byte past the limit.
     */
    private byte[] bounded(URL descriptor) throws IOException {
        long max = limits.maxPackBytes();
        URLConnection connection = descriptor.openConnection();
        long declared = connection.getContentLengthLong();
        if (declared > max) {
            throw tooLarge(declared + " bytes", max);
        }
        try (InputStream in = connection.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge("more than " + max + " bytes", max);
            }
            return bytes;
        }
    }

    private static DescriptorException tooLarge(String size, long max) {
        return new DescriptorException("", "the file has " + size + "; a pack file has at most " + max
                + " bytes (maxPackBytes of vn.thidua.rules.registry); it was not read");
    }

    /** The template of a pack must draft what the pack accepts, or the pack is not fit to be in force. */
    private static void selfCheck(LoadedPack pack) {
        int year = pack.info().validFrom().getYear();
        Plan draft = pack.draft(year);
        ValidationReport report = pack.validate(draft);
        if (!report.valid()) {
            Finding first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
            throw new DescriptorException("/template", "the template's draft for " + year + " fails rule " + first.ruleId()
                    + " at " + first.pointer() + ": " + first.message());
        }
    }

    private static Outcome refused(JsonNode tree, String origin, long bundleId, String reason) {
        String code = text(tree, "province", "code");
        String name = text(tree, "province", "name");
        String version = tree == null ? null : tree.path("pack").path("version").asText(null);
        RulePackInfo info = new RulePackInfo("refused:" + origin, code, name, version, null, null, null,
                PackState.REFUSED, reason, origin, bundleId);
        return new Outcome(null, info);
    }

    private static String text(JsonNode tree, String object, String field) {
        return tree == null ? null : tree.path("pack").path(object).path(field).asText(null);
    }
}
