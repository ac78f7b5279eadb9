package vn.thidua.plan.store.jpa.internal.status;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.Plan;
import vn.thidua.plan.store.status.RuleFinding;

/**
 * What an issued plan carries beyond a clean validation, whatever its pack says: its registered
 * document number and its full issue date (a pack may accept a draft's blank number or a date line
 * without a day; an issued document has both).
 */
final class IssuedPlans {

    private IssuedPlans() {
    }

    /** The store's own findings for an ISSUED plan: none when it has both. */
    static List<RuleFinding> missing(Plan plan) {
        List<RuleFinding> missing = new ArrayList<>();
        DocumentNumber number = plan.number();
        if (number == null || number.isDraft()) {
            missing.add(new RuleFinding(RuleFinding.ISSUED_NEEDS_NUMBER, "/number",
                    "Kế hoạch đã ban hành phải có số văn bản đã đăng ký", "số đã đăng ký (08/KH-…)",
                    number == null ? "(không có)" : number.text()));
        }
        if (plan.dateLine() == null || !plan.dateLine().date().isComplete()) {
            missing.add(new RuleFinding(RuleFinding.ISSUED_NEEDS_DATE, plan.dateLine() == null ? "/dateLine" : "/dateLine/date",
                    "Kế hoạch đã ban hành phải có ngày ban hành đủ ngày, tháng, năm", "ngày … tháng … năm …",
                    plan.dateLine() == null ? "(không có)" : plan.dateLine().text()));
        }
        return missing;
    }
}
