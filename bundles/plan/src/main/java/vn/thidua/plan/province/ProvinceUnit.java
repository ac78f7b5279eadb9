package vn.thidua.plan.province;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.thidua.plan.Province;

/**
 * One province-level unit for one period: its code (the platform's slug, {@link Province#CODE_PATTERN}),
 * its name as written ({@code Bắc Ninh}), the first and last day it existed as such ({@code null}: before
 * the records start / still in force), and, for a unit formed by a merger, the codes of the units it
 * replaced (each the record of that code in force the day before {@link #from()}).
 *
 * <p>A unit whose name continued through a merger has two records with the same code: Bắc Ninh until
 * 2025-06-30, and Bắc Ninh from 2025-07-01 with predecessors Bắc Ninh and Bắc Giang.
 */
public record ProvinceUnit(String code, String name, UnitKind kind, LocalDate from, LocalDate to,
        List<String> predecessors, List<String> sources) {

    public ProvinceUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!Province.isCode(code)) {
            throw new IllegalArgumentException("code must be " + Province.CODE_RULE + ", was '" + code + "'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(code + ": to " + to + " is before from " + from);
        }
        predecessors = List.copyOf(predecessors == null ? List.of() : predecessors);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** Whether the unit existed as this record on the day. */
    public boolean inForceOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether the unit still exists (no end date). */
    public boolean current() {
        return to == null;
    }

    /** The name with its kind, as a heading writes it in lower case: {@code tỉnh Bắc Ninh}. */
    public String fullName() {
        return kind.prefix() + " " + name;
    }

    /** The plan model's value for this unit. */
    public Province toProvince() {
        return new Province(code, name);
    }
}
