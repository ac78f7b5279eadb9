package vn.thidua.plan.province;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The province-level units over time and the lookups on them. Immutable; {@link #standard()} is the map
 * shipped with the platform (the 63 units before Nghị quyết 202/2025/QH15 and the 34 after it).
 */
public final class ProvinceLineage {

    /** The resource, next to this class, that {@link #standard()} reads. */
    public static final String RESOURCE = "provinces.json";

    private final List<ProvinceUnit> units;
    private final Map<String, List<ProvinceUnit>> byCode;
    private final List<String> sources;

    public ProvinceLineage(List<ProvinceUnit> units, List<String> sources) {
        this.units = List.copyOf(units);
        this.sources = List.copyOf(sources);
        Map<String, List<ProvinceUnit>> map = new LinkedHashMap<>();
        for (ProvinceUnit unit : this.units) {
            map.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
        }
        map.replaceAll((code, periods) -> {
            periods.sort(Comparator.comparing(ProvinceUnit::from, Comparator.nullsFirst(Comparator.naturalOrder())));
            return List.copyOf(periods);
        });
        this.byCode = map;
        checkConsistent();
    }

    /** The map shipped with the platform, read once per call site that holds it (pure data, no class loader kept). */
    public static ProvinceLineage standard() {
        return Standard.LINEAGE;
    }

    /** Holder: the shipped data is read on first use only. */
    private static final class Standard {
        static final ProvinceLineage LINEAGE = read(ProvinceLineage.class.getResourceAsStream(RESOURCE));
    }

    /** Reads a map in the shape of {@code provinces.json}. */
    public static ProvinceLineage read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the bundle");
        }
        try (in) {
            JsonNode root = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(in);
            List<ProvinceUnit> units = new ArrayList<>();
            for (JsonNode node : root.path("units")) {
                units.add(new ProvinceUnit(node.path("code").asText(), node.path("name").asText(),
                        UnitKind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT)),
                        date(node.get("from")), date(node.get("to")),
                        texts(node.path("predecessors")), texts(node.path("sources"))));
            }
            return new ProvinceLineage(units, texts(root.path("reform").path("sources")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Every record, in the order of the data. */
    public List<ProvinceUnit> units() {
        return units;
    }

    /** The sources of the reorganisation as a whole. */
    public List<String> sources() {
        return sources;
    }

    /** The units in force on the day (34 from 2025-07-01, 63 before). */
    public List<ProvinceUnit> inForceOn(LocalDate date) {
        return units.stream().filter(u -> u.inForceOn(date)).toList();
    }

    /** Whether any record has this code. */
    public boolean isKnown(String code) {
        return byCode.containsKey(code);
    }

    /** The records of a code, oldest first; empty when unknown. */
    public List<ProvinceUnit> periods(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** The latest record of a code. */
    public Optional<ProvinceUnit> latest(String code) {
        List<ProvinceUnit> periods = periods(code);
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    /** The record of the code in force on the day. */
    public Optional<ProvinceUnit> unit(String code, LocalDate date) {
        return periods(code).stream().filter(u -> u.inForceOn(date)).findFirst();
    }

    /** The unit that took over a record the day after it ended; empty for a unit still in force. */
    public Optional<ProvinceUnit> successor(ProvinceUnit unit) {
        if (unit.to() == null) {
            return Optional.empty();
        }
        LocalDate next = unit.to().plusDays(1);
        return units.stream()
                .filter(u -> next.equals(u.from()) && u.predecessors().contains(unit.code()))
                .findFirst();
    }

    /**
     * What a code that names no unit on the day became by then: the unit in force on the day that descends
     * from the code's last record before it. Empty when the code is unknown or names a unit on that day.
     */
    public Optional<ProvinceUnit> successorOn(String code, LocalDate date) {
        if (unit(code, date).isPresent()) {
            return Optional.empty();
        }
        Optional<ProvinceUnit> ended = periods(code).stream()
                .filter(u -> u.to() != null && u.to().isBefore(date))
                .reduce((a, b) -> b);
        Optional<ProvinceUnit> next = ended.flatMap(this::successor);
        while (next.isPresent() && !next.get().inForceOn(date)) {
            next = successor(next.get());
        }
        return next;
    }

    /** The records a unit directly replaced (each predecessor code's record that ended the day before). */
    public List<ProvinceUnit> predecessors(ProvinceUnit unit) {
        if (unit.from() == null) {
            return List.of();
        }
        LocalDate before = unit.from().minusDays(1);
        List<ProvinceUnit> out = new ArrayList<>();
        for (String code : unit.predecessors()) {
            unit(code, before).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The code and every code it absorbed, transitively, over all its periods, sorted: {@code bac-ninh} gives
     * {@code [bac-giang, bac-ninh]}. Only the code itself for a code without predecessors; empty when unknown.
     */
    public Set<String> lineage(String code) {
        Set<String> out = new TreeSet<>();
        if (!isKnown(code)) {
            return out;
        }
        List<String> queue = new ArrayList<>(List.of(code));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (out.add(next)) {
                periods(next).forEach(p -> queue.addAll(p.predecessors()));
            }
        }
        return out;
    }

    /**
     * The known units whose code or name is closest to a text that names none, diacritics and case ignored
     * ({@code Bac Nin}, {@code bac-nihn}, {@code Bắc Ninh tỉnh}); the latest record of each code, nearest first.
     */
    public List<ProvinceUnit> closest(String text, int max) {
        String folded = fold(text == null ? "" : text);
        record Scored(ProvinceUnit unit, int distance) { }
        List<Scored> scored = new ArrayList<>();
        for (String code : byCode.keySet()) {
            ProvinceUnit unit = latest(code).orElseThrow();
            int distance = Math.min(Levenshtein.distance(folded, code), Levenshtein.distance(folded, fold(unit.name())));
            scored.add(new Scored(unit, distance));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.unit().code()));
        return scored.stream().limit(max).map(Scored::unit).toList();
    }

    /**
     * Refuses a code that names no unit, past or present, with the five closest known ones.
     *
     * @throws UnknownProvinceException when no record has the code
     */
    public void requireKnown(String code) {
        if (!isKnown(code)) {
            throw new UnknownProvinceException(code, closest(code, 5));
        }
    }

    /**
     * Refuses a code for a day on which its unit no longer existed, naming the successor; a known code in
     * force on the day, or a day before its records start, passes.
     *
     * @throws UnknownProvinceException   when no record has the code
     * @throws DissolvedProvinceException when the unit had ended by that day
     */
    public void requireInForce(String code, LocalDate date) {
        requireKnown(code);
        Optional<ProvinceUnit> successor = successorOn(code, date);
        if (successor.isPresent()) {
            ProvinceUnit ended = periods(code).stream().filter(u -> u.to() != null && u.to().isBefore(date))
                    .reduce((a, b) -> b).orElseThrow();
            throw new DissolvedProvinceException(ended, date, successor.get());
        }
    }

    /**
     * A text folded for comparison: NFD without combining marks, {@code đ} as {@code d}, lower case, runs of
     * anything but letters and digits as one {@code -}. {@code "Bà Rịa – Vũng Tàu"} gives {@code ba-ria-vung-tau}.
     */
    public static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return stripped.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Each predecessor names a record that ended the day before; each ended record has one successor. */
    private void checkConsistent() {
        for (ProvinceUnit unit : units) {
            if (!unit.predecessors().isEmpty() && predecessors(unit).size() != unit.predecessors().size()) {
                throw new IllegalStateException(unit.code() + " from " + unit.from()
                        + ": a predecessor has no record ending the day before");
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ProvinceUnit unit : units) {
            if (unit.to() != null && successor(unit).isEmpty()) {
                throw new IllegalStateException(unit.code() + " ends " + unit.to() + " without a successor");
            }
            if (unit.to() == null && !seen.add(unit.code())) {
                throw new IllegalStateException(unit.code() + " has two records in force");
            }
        }
    }
}
