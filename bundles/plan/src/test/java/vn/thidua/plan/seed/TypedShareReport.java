package vn.thidua.plan.seed;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;

/**
 * Prints, per fixture, the share of the document's words that sit in typed elements and the count
 * of each kind of element, for its v2 encoding ({@code fixtures/}) and, where the fixture had one,
 * its v1 encoding ({@code v1/}, the schema 1 files as they were before v2, read through the
 * upgrade, which adds no typing).
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
        StringBuilder out = new StringBuilder();
        out.append("fixture\tschema\twords\ttyped%\tcontent-typed%\tframe%\tuntyped%");
        for (TypedShare.Kind kind : TypedShare.Kind.values()) {
            out.append('\t').append(kind.column());
        }
        out.append('\n');
        for (String fixture : fixtures()) {
            Plan v1 = Fixtures.v1(fixture);
            if (v1 != null) {
                out.append(row(fixture + "\tv1", TypedShare.of(v1))).append('\n');
            }
            out.append(row(fixture + "\tv2", TypedShare.of(Fixtures.plan(fixture)))).append('\n');
        }
        return out.toString();
    }

    /** The row of one encoding of a fixture. */
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
}
