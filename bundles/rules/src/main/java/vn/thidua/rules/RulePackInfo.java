package vn.thidua.rules;

import java.time.LocalDate;

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
 */
public record RulePackInfo(String id, String provinceCode, String provinceName, String version,
        LocalDate validFrom, LocalDate validTo, String succeeds, PackState state, String refusal,
        String origin, long bundleId) {

    /** True when this pack is loaded and {@code date} falls in its period. */
    public boolean covers(LocalDate date) {
        return state == PackState.LOADED && validFrom != null && !date.isBefore(validFrom)
                && (validTo == null || !date.isAfter(validTo));
    }
}
