package vn.thidua.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;

import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.Province;
import vn.thidua.rules.Finding;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;
import vn.thidua.rules.internal.check.CompiledRule;
import vn.thidua.rules.internal.check.RuleTypes;
import vn.thidua.rules.internal.check.YearDate;
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
        checkKinds(descriptor);
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
        String packId = id(id.province().code(), id.issuerKind(), version.toString());
        RulePackInfo info = new RulePackInfo(packId, id.province().code(), id.province().name(), version.toString(),
                id.validFrom(), id.validTo(), id.succeeds(), PackState.LOADED, null, origin, bundleId, id.issuerKind(),
                id.kinds());
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

    /**
     * A pack's id: the province's code, then the issuer kind unless it is a board (the packs written
     * before issuer kinds keep their ids), then the version: {@code gia-lai@2023.1.0},
     * {@code bac-ninh.peoples-committee@2025.7.0}.
     */
    static String id(String provinceCode, IssuerKind issuer, String version) {
        return provinceCode + (issuer == IssuerKind.BOARD ? "" : "." + issuer.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-')) + "@" + version;
    }

    /** Windows and templates are for kinds the pack covers, and windows are days of the year. */
    private static void checkKinds(PackDescriptor descriptor) {
        List<PlanKind> kinds = descriptor.pack().kinds();
        for (PlanKind kind : descriptor.templates().keySet()) {
            if (!kinds.contains(kind)) {
                throw new DescriptorException("/templates/" + kind, "a template for " + kind + " plans, which the pack does not cover "
                        + "(pack.kinds: " + kinds + ")");
            }
        }
        for (var window : descriptor.windows().entrySet()) {
            String at = "/windows/" + window.getKey();
            if (!kinds.contains(window.getKey())) {
                throw new DescriptorException(at, "a window for " + window.getKey() + " plans, which the pack does not cover "
                        + "(pack.kinds: " + kinds + ")");
            }
            YearDate from = yearDate(at + "/from", window.getValue().from());
            YearDate to = yearDate(at + "/to", window.getValue().to());
            if (to.in(2001).isBefore(from.in(2001))) {
                throw new DescriptorException(at + "/to", "the window ends (" + to + ") before it starts (" + from + ")");
            }
        }
        Integer digits = descriptor.issuer().numberDigits();
        if (digits != null && (digits < 1 || digits > 6)) {
            throw new DescriptorException("/issuer/numberDigits", "must be 1 to 6, was " + digits);
        }
    }

    private static YearDate yearDate(String pointer, String text) {
        try {
            return YearDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DescriptorException(pointer, e.getMessage());
        }
    }

    /**
     * The template of a pack must draft what the pack accepts, for every plan kind it covers, or the
     * pack is not fit to be in force. The draft is of the first year of the period, dated in it.
     */
    private static void selfCheck(LoadedPack pack) {
        int year = pack.info().validFrom().getYear();
        for (PlanKind kind : pack.info().planKinds()) {
            String at = pack.descriptor().templates().containsKey(kind) ? "/templates/" + kind : "/template";
            Plan draft;
            try {
                draft = pack.draft(kind, year);
            } catch (IllegalArgumentException e) {
                // The kind's window in the first year ends before the pack starts: the next year's is the first.
                year = year + 1;
                try {
                    draft = pack.draft(kind, year);
                } catch (IllegalArgumentException again) {
                    throw new DescriptorException("/windows/" + kind, "no " + kind + " plan can be drafted inside the pack's"
                            + " period: " + again.getMessage());
                }
            }
            ValidationReport report = pack.validate(draft);
            if (!report.valid()) {
                Finding first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
                throw new DescriptorException(at, "the template's draft of a " + kind + " plan for " + year + " fails rule "
                        + first.ruleId() + " at " + first.pointer() + ": " + first.message());
            }
            year = pack.info().validFrom().getYear();
        }
    }

    private static Outcome refused(JsonNode tree, String origin, long bundleId, String reason) {
        String code = text(tree, "province", "code");
        String name = text(tree, "province", "name");
        String version = tree == null ? null : tree.path("pack").path("version").asText(null);
        RulePackInfo info = new RulePackInfo("refused:" + origin, code, name, version, null, null, null,
                PackState.REFUSED, reason, origin, bundleId, issuerKind(tree), null);
        return new Outcome(null, info);
    }

    /** The issuer kind a refused descriptor names, when it names a known one, so that the listing shows whose pack failed. */
    private static IssuerKind issuerKind(JsonNode tree) {
        String named = tree == null ? null : tree.path("pack").path("issuerKind").asText(null);
        for (IssuerKind kind : IssuerKind.values()) {
            if (kind.name().equals(named)) {
                return kind;
            }
        }
        return IssuerKind.BOARD;
    }

    private static String text(JsonNode tree, String object, String field) {
        return tree == null ? null : tree.path("pack").path(object).path(field).asText(null);
    }
}
