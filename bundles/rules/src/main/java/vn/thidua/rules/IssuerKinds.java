package vn.thidua.rules;

import java.util.Locale;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.IssuingBody;
import vn.thidua.plan.Plan;
import vn.thidua.plan.text.Nfc;
import vn.thidua.rules.internal.check.Texts;

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
        String line = Texts.spaced(Nfc.of(agency).strip()).toUpperCase(Locale.ROOT);
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
}
