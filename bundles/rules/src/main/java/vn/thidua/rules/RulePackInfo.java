package vn.thidua.rules;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.PlanKind;

/**
 * The identity of a pack and where it came from.
 *
 * @param id           unique among the packs the registry knows, stable across restarts (such as {@code gia-lai@2024.1.0})
 * @param provinceCode the province's code, as in the plan model ({@code bac-giang}, {@code gia-lai}, {@code hung-yen})
 * @param provinceName the province's name ({@code Gia Lai})
 * @param version      the pack's version (OSGi version syntax); of two packs in force on one date the higher wins
 * @param validFrom    first day it is in force
 * @param validTo      last day it is in force, or {@code null} when open-ended
 * @param succeeds     code of the province this one succeeds after a merger, or {@code null}
 * @param state        loaded or refused
 * @param refusal      why it was refused, or {@code null}
 * @param origin       where it came from, for people: a bundle ({@code vn.thidua.rules.gia-lai 1.0.0}) or a file
 * @param bundleId     the bundle that carries it, or -1 for a dropped file
 * @param issuerKind   the kind of body whose plans it is for (board, People's Committee, department, bloc)
 * @param planKinds    the plan kinds it covers (yearly, themed, bloc, campaign), never empty
 */
public record RulePackInfo(String id, String provinceCode, String provinceName, String version,
        LocalDate validFrom, LocalDate validTo, String succeeds, PackState state, String refusal,
        String origin, long bundleId, IssuerKind issuerKind, List<PlanKind> planKinds) {

    /** Every plan kind: what a pack covers when its descriptor names none. */
    public static final List<PlanKind> ALL_KINDS = List.of(PlanKind.values());

    public RulePackInfo {
        issuerKind = issuerKind == null ? IssuerKind.BOARD : issuerKind;
        planKinds = planKinds == null || planKinds.isEmpty() ? ALL_KINDS : List.copyOf(planKinds);
    }

    /** A board's pack covering every plan kind: the identity of a pack before packs had issuer kinds. */
    public RulePackInfo(String id, String provinceCode, String provinceName, String version,
            LocalDate validFrom, LocalDate validTo, String succeeds, PackState state, String refusal,
            String origin, long bundleId) {
        this(id, provinceCode, provinceName, version, validFrom, validTo, succeeds, state, refusal, origin, bundleId,
                IssuerKind.BOARD, ALL_KINDS);
    }

    /** True when this pack is for plans of that issuer kind and plan kind. */
    public boolean serves(IssuerKind issuer, PlanKind kind) {
        return issuerKind == issuer && planKinds.contains(kind);
    }

    /** True when this pack is loaded, for that issuer and plan kind, and {@code date} falls in its period. */
    public boolean covers(IssuerKind issuer, PlanKind kind, LocalDate date) {
        return serves(issuer, kind) && covers(date);
    }

    /** True when this pack is loaded and {@code date} falls in its period. */
    public boolean covers(LocalDate date) {
        return state == PackState.LOADED && validFrom != null && !date.isBefore(validFrom)
                && (validTo == null || !date.isAfter(validTo));
    }
}
