package vn.thidua.importer.internal.recognize;

import java.util.Locale;

import vn.thidua.plan.RecipientPurpose;

/**
 * Why a recipient gets the plan, from the note after its name. The notes are the abbreviations of
 * the administrative style (Nghị định 30/2020/NĐ-CP writes them out or cuts them to initials):
 * {@code (b/c)} or {@code (để báo cáo)} to a superior, {@code (t/h)} to those who carry it out,
 * {@code (p/h)} to partners, {@code (để biết)} / {@code (để theo dõi)} to the others.
 */
final class RecipientPurposes {

    private RecipientPurposes() {
    }

    /** The purpose a note names, or null for no note or a note that names none. */
    static RecipientPurpose of(String note) {
        if (note == null) {
            return null;
        }
        String n = note.strip().toLowerCase(Locale.ROOT).replaceFirst("^để\\s+", "");
        return switch (n) {
            case "b/c", "báo cáo" -> RecipientPurpose.REPORT;
            case "t/h", "thực hiện" -> RecipientPurpose.EXECUTE;
            case "p/h", "phối hợp" -> RecipientPurpose.COORDINATE;
            case "biết", "theo dõi" -> RecipientPurpose.INFORM;
            default -> null;
        };
    }
}
