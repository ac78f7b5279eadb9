package vn.thidua.plan.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;

/**
 * Prints, per fixture, the share of the document's words that sit in typed elements and the count
 * of each kind of element, next to the same figures for the v1 encoding (kept in
 * {@code typed-share/v1.tsv}, written by this report from the v1 fixtures).
 *
 * <pre>mvn -pl bundles/plan test -Dtest=TypedShareReport</pre>
 *
 * Not a check: {@code TypedShareTest} checks that the figures account for every word. The class
 * name does not end in {@code Test}, so a normal build does not print the table.
 */
public class TypedShareReport {

    /** The fixtures the report covers, the seeds first. */
    public static List<String> fixtures() {
        return SeedText.SEEDS;
    }

    @Test
    void print() {
        System.out.print(table());
    }

    public static void main(String[] args) {
        System.out.print(table());
    }

    /** One header line and one line per fixture, tab separated: the same fixtures, the same bytes. */
    public static String table() {
        Map<String, String> v1 = previous("/typed-share/v1.tsv");
        StringBuilder out = new StringBuilder();
        out.append("fixture\twords\ttyped%\tcontent-typed%\tframe%\tuntyped%");
        for (TypedShare.Kind kind : TypedShare.Kind.values()) {
            out.append('\t').append(kind.column());
        }
        out.append("\tv1-typed%\n");
        for (String fixture : fixtures()) {
            String row = row(fixture, TypedShare.of(Fixtures.plan(fixture)));
            out.append(row).append('\t').append(v1.getOrDefault(fixture, "-")).append('\n');
        }
        return out.toString();
    }

    /** The row of one fixture, as v1.tsv keeps it. */
    public static String row(String fixture, TypedShare share) {
        StringBuilder row = new StringBuilder(fixture);
        row.append('\t').append(share.totalWords());
        row.append('\t').append(percent(share.typedShare()));
        row.append('\t').append(percent(share.typedShareOfContent()));
        row.append('\t').append(percent((double) share.frameWords() / share.totalWords()));
        row.append('\t').append(percent((double) share.untypedWords() / share.totalWords()));
        for (TypedShare.Kind kind : TypedShare.Kind.values()) {
            row.append('\t').append(share.counts().get(kind));
        }
        return row.toString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    /** fixture → typed% of a kept table, or nothing when there is none. */
    private static Map<String, String> previous(String resource) {
        try (InputStream in = TypedShareReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("fixture\t") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .collect(Collectors.toMap(c -> c[0], c -> c[2], (a, b) -> a, LinkedHashMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
