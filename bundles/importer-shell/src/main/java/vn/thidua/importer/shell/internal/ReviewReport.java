package vn.thidua.importer.shell.internal;

import java.util.Locale;

import vn.thidua.importer.ImportResult;
import vn.thidua.importer.ReviewItem;

/** The console's summary of an import: what was found, whether every sentence is kept, what to check. */
final class ReviewReport {

    private ReviewReport() {
    }

    static String of(String file, ImportResult r) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(" (").append(r.format()).append("): ")
                .append(r.plan().tasks().size()).append(" tasks, ")
                .append(r.plan().targets().size()).append(" targets, ")
                .append(r.plan().phases().size()).append(" phases, ")
                .append(r.plan().legalBases().size()).append(" legal bases; ")
                .append(r.coverage().complete() ? "every sentence kept (" + r.coverage().sentences() + ")"
                        : r.coverage().missing().size() + " of " + r.coverage().sentences() + " sentences missing")
                .append('\n');
        out.append("To review (").append(r.review().size()).append("):\n");
        for (ReviewItem item : r.review()) {
            out.append(String.format(Locale.ROOT, "  %.2f  %-40s %s%n", item.confidence(), item.pointer(), item.decision()));
        }
        return out.toString();
    }
}
