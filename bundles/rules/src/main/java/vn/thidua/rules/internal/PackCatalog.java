package vn.thidua.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.Version;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.PlanKind;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;

/**
 * Every pack found, by source (a descriptor in a bundle, a dropped file), and the choice of the pack
 * in force. Changes are serialised; readers see an immutable snapshot, so validation never waits for
 * a pack being loaded.
 *
 * <p>A source whose new descriptor is refused keeps the pack it has in force (also across a
 * {@code bundle:update}, which removes the bundle's packs before it adds them again): that pack
 * stays in force, and the refusal is listed beside it. A source removed keeps nothing
 * ({@link SourceHistory}).
 */
final class PackCatalog {

    private static final Comparator<RulePackInfo> ORDER = Comparator
            .comparing(RulePackInfo::provinceCode, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RulePackInfo::issuerKind)
            .thenComparing(i -> version(i.version()))
            .thenComparing(RulePackInfo::id);

    private record Slot(LoadedPack loaded, RulePackInfo refused) {
    }

    private record Snapshot(List<RulePackInfo> infos, List<LoadedPack> loaded) {
    }

    private final Map<String, Slot> slots = new TreeMap<>();
    private final SourceHistory history = new SourceHistory();
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());

    /** Records what loading the source gave; returns the refusal, if any, as it is listed. */
    synchronized Optional<RulePackInfo> put(String source, PackLoader.Outcome outcome) {
        Slot before = slots.get(source);
        LoadedPack previous = history.standIn(source, before == null ? null : before.loaded());
        Slot slot;
        if (outcome.pack() != null) {
            Optional<String> clash = loadedElsewhere(source, outcome.pack().info().id());
            if (clash.isPresent()) {
                RulePackInfo info = outcome.pack().info();
                slot = new Slot(previous, refusal(info, "pack " + info.id() + " is already loaded from " + clash.get(), previous));
            } else {
                slot = new Slot(outcome.pack(), null);
            }
        } else {
            slot = new Slot(previous, refusal(outcome.refused(), outcome.refused().refusal(), previous));
        }
        slots.put(source, slot);
        rebuild();
        return Optional.ofNullable(slot.refused());
    }

    /** The source is gone (bundle stopped or uninstalled, file deleted). */
    synchronized boolean remove(String source) {
        return remove(source, false);
    }

    /**
     * The source is gone for good, or, {@code forReplacement}, until its new content comes (a bundle
     * being updated): its pack is out of force either way.
     */
    synchronized boolean remove(String source, boolean forReplacement) {
        Slot slot = slots.remove(source);
        history.gone(source, slot == null ? null : slot.loaded(), forReplacement);
        if (slot == null) {
            return false;
        }
        rebuild();
        return true;
    }

    /** Every source whose key starts with the prefix (all descriptors of one bundle). */
    synchronized List<String> sources(String prefix) {
        return slots.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    List<RulePackInfo> packs() {
        return snapshot.infos();
    }

    Optional<RulePack> pack(String id) {
        return snapshot.loaded().stream().filter(p -> p.info().id().equals(id)).map(p -> (RulePack) p).findFirst();
    }

    /** A board's pack for yearly plans (see below). */
    Optional<RulePack> inForce(String provinceCode, LocalDate date) {
        return inForce(provinceCode, IssuerKind.BOARD, PlanKind.YEARLY, date);
    }

    /**
     * The loaded pack of the province for plans of that issuer and kind covering the date, the highest
     * version of several; when the province has none, the highest covering pack of a province that
     * succeeds it (after a merger).
     */
    Optional<RulePack> inForce(String provinceCode, IssuerKind issuer, PlanKind kind, LocalDate date) {
        List<LoadedPack> loaded = snapshot.loaded();
        Optional<LoadedPack> own = highest(loaded, provinceCode, issuer, kind, date, false);
        return (own.isPresent() ? own : highest(loaded, provinceCode, issuer, kind, date, true)).map(p -> p);
    }

    /**
     * The pack that drafts a plan of that issuer and kind for the year: the one in force on 1 January,
     * else of those that come into force later in the year the first to (the highest version of
     * several starting that day); the province's own before a successor's.
     */
    Optional<LoadedPack> forDraft(String provinceCode, IssuerKind issuer, PlanKind kind, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<LoadedPack> loaded = snapshot.loaded();
        for (boolean successor : new boolean[] {false, true}) {
            Optional<LoadedPack> onFirst = highest(loaded, provinceCode, issuer, kind, first, successor);
            if (onFirst.isPresent()) {
                return onFirst;
            }
            Optional<LoadedPack> later = loaded.stream()
                    .filter(p -> provinceCode.equals(successor ? p.info().succeeds() : p.info().provinceCode()))
                    .filter(p -> p.info().serves(issuer, kind) && p.info().state() == PackState.LOADED)
                    .filter(p -> p.info().validFrom().isAfter(first) && !p.info().validFrom().isAfter(last))
                    .min(Comparator.comparing((LoadedPack p) -> p.info().validFrom())
                            .thenComparing(Comparator.comparing((LoadedPack p) -> version(p.info().version())).reversed()));
            if (later.isPresent()) {
                return later;
            }
        }
        return Optional.empty();
    }

    /** True when a loaded pack is of the province, or succeeds it, for plans of that issuer (any kind, any period). */
    boolean knows(String provinceCode, IssuerKind issuer) {
        return snapshot.loaded().stream().anyMatch(p -> p.info().issuerKind() == issuer
                && (provinceCode.equals(p.info().provinceCode()) || provinceCode.equals(p.info().succeeds())));
    }

    /** True when a loaded pack is of the province, or succeeds it, for plans of that issuer and kind (any period). */
    boolean knows(String provinceCode, IssuerKind issuer, PlanKind kind) {
        return snapshot.loaded().stream().anyMatch(p -> p.info().serves(issuer, kind)
                && (provinceCode.equals(p.info().provinceCode()) || provinceCode.equals(p.info().succeeds())));
    }

    /**
     * True when a loaded pack is of the province, or succeeds it, whatever its period: when none is
     * in force on a date, the date is at fault rather than the province.
     */
    boolean knows(String provinceCode) {
        return snapshot.loaded().stream().anyMatch(p -> provinceCode.equals(p.info().provinceCode())
                || provinceCode.equals(p.info().succeeds()));
    }

    private static Optional<LoadedPack> highest(List<LoadedPack> loaded, String code, IssuerKind issuer, PlanKind kind,
            LocalDate date, boolean successor) {
        return loaded.stream()
                .filter(p -> code.equals(successor ? p.info().succeeds() : p.info().provinceCode()))
                .filter(p -> p.info().covers(issuer, kind, date))
                .max(Comparator.comparing((LoadedPack p) -> version(p.info().version())).thenComparing(p -> p.info().id()));
    }

    private Optional<String> loadedElsewhere(String source, String id) {
        return slots.entrySet().stream()
                .filter(e -> !e.getKey().equals(source) && e.getValue().loaded() != null
                        && e.getValue().loaded().info().id().equals(id))
                .map(e -> e.getValue().loaded().info().origin())
                .findFirst();
    }

    private static RulePackInfo refusal(RulePackInfo refused, String reason, LoadedPack kept) {
        String why = kept == null ? reason : reason + " (pack " + kept.info().id() + " loaded before from here stays in force)";
        return new RulePackInfo(refused.id().startsWith("refused:") ? refused.id() : "refused:" + refused.origin(),
                refused.provinceCode(), refused.provinceName(), refused.version(), refused.validFrom(),
                refused.validTo(), refused.succeeds(), PackState.REFUSED, why, refused.origin(), refused.bundleId(),
                refused.issuerKind(), refused.planKinds());
    }

    private void rebuild() {
        List<RulePackInfo> infos = new ArrayList<>();
        List<LoadedPack> loaded = new ArrayList<>();
        for (Slot slot : slots.values()) {
            if (slot.loaded() != null) {
                loaded.add(slot.loaded());
                infos.add(slot.loaded().info());
            }
            if (slot.refused() != null) {
                infos.add(slot.refused());
            }
        }
        infos.sort(ORDER);
        snapshot = new Snapshot(List.copyOf(infos), List.copyOf(loaded));
    }

    private static Version version(String text) {
        try {
            return text == null ? Version.emptyVersion : Version.parseVersion(text);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }
}
