package vn.thidua.rules;

import java.util.Locale;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.IssuingBody;
import vn.thidua.plan.Plan;
import vn.thidua.plan.text.Nfc;

/**
 * The kind of body that issued a plan, which selects its rule pack beside the province and the plan
 * kind. A plan of schema 2 that names an issuer other than a board is taken at its word. A board is
 * also what the upgrade of every schema 1 document says, whoever wrote it, so there the agency line
 * decides, the way a reader of the letterhead tells them apart: {@code ỦY BAN NHÂN DÂN …} or
 * {@code UBND …} is the People's Committee, {@code BAN QUẢN LÝ …} a board, {@code SỞ …} a department;
 * anything else is taken for a board, the issuer every pack before issuer kinds was written for.
 */
public final class IssuerKinds {

    private IssuerKinds() {
    }

    /** The issuer kind of the plan. */
    public static IssuerKind of(Plan plan) {
        return of(plan.issuer());
    }

    /** The issuer kind of an issuing body: its own when not a board, else read from its agency line. */
    public static IssuerKind of(IssuingBody issuer) {
        if (issuer == null) {
            return IssuerKind.BOARD;
        }
        return issuer.kind() != IssuerKind.BOARD ? issuer.kind() : ofAgency(issuer.agency());
    }

    /** The issuer kind an agency line names; {@link IssuerKind#BOARD} when it names none of the others. */
    public static IssuerKind ofAgency(String agency) {
        if (agency == null) {
            return IssuerKind.BOARD;
        }
        String line = spacedOnce(Nfc.of(agency).strip()).toUpperCase(Locale.ROOT);
        if (line.startsWith("ỦY BAN NHÂN DÂN") || line.startsWith("UỶ BAN NHÂN DÂN") || line.startsWith("UBND")) {
            return IssuerKind.PEOPLES_COMMITTEE;
        }
        if (line.contains("BAN QUẢN LÝ")) {
            return IssuerKind.BOARD;
        }
        if (line.startsWith("SỞ ")) {
            return IssuerKind.DEPARTMENT;
        }
        return IssuerKind.BOARD;
    }

    /**
     * The text with each run of {@code \\s} (space, tab, line breaks) as one space: what
     * {@code replaceAll("\\s+", " ")} gives, without compiling an expression for every plan validated.
     */
    private static String spacedOnce(String text) {
        StringBuilder spaced = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                spaced.append(' ');
                inSpace = false;
            }
            spaced.append(c);
        }
        if (inSpace) {
            spaced.append(' ');
        }
        return spaced.toString();
    }
}
