package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * An award the plan proposes, with its counts, grantors, standards and dossier: {@code Đề nghị UBND
 * tỉnh tặng Cờ thi đua cho ít nhất 5 doanh nghiệp}; {@code Bằng khen của Chủ tịch UBND tỉnh: mỗi đơn
 * vị đề nghị không quá 02 tập thể, 03 cá nhân}.
 *
 * <p>Since schema 2 an award proposal stands on its own in an {@link AwardList}; a target may still
 * carry one (schema 1).
 *
 * @param ordinal the ordinal as written ({@code a)}, {@code 1.}), or null
 * @param form the award form or title as written ({@code Cờ thi đua}, {@code Bằng khen})
 * @param grantor who grants it ({@code UBND tỉnh}, {@code Chủ tịch UBND tỉnh}), when one grantor is named
 * @param grantors who grant it, when the document names several for the one form
 *     ({@code Thủ tướng Chính phủ}, {@code Chủ tịch UBND tỉnh}); empty with a single {@code grantor}
 * @param recipientKind who receives it, when it is one kind
 * @param recipientKinds who receive it, when it names several kinds ({@code tập thể, cá nhân})
 * @param either true when the kinds are alternatives ({@code tập thể hoặc cá nhân}); absent means false
 * @param minimumCount how many at least, when the plan sets one number (schema 1's only count)
 * @param quotas the other counts: caps, exact numbers, rates, per-unit quotas
 * @param standards the standards a candidate must meet, each as written
 * @param dossier the dossier, where it goes and by when
 * @param funding the funding source as written ({@code Quỹ thi đua, khen thưởng của tỉnh}), when said
 * @param text the words of the document that propose it
 * @param notes lines that follow the proposal and belong to it, in document order
 */
@PlanValue
public record AwardProposal(
        String ordinal,
        @JsonProperty(required = true) String form,
        String grantor,
        List<String> grantors,
        RecipientKind recipientKind,
        List<RecipientKind> recipientKinds,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean either,
        Integer minimumCount,
        List<AwardQuota> quotas,
        List<String> standards,
        Dossier dossier,
        String funding,
        @JsonProperty(required = true) String text,
        List<String> notes) {

    public AwardProposal {
        ordinal = nfc(ordinal);
        form = required(form, "form");
        grantor = nfc(grantor);
        grantors = texts(grantors, "grantors");
        if (grantor != null && !grantors.isEmpty()) {
            throw new InvalidFieldException("grantors", "must be empty when a single grantor is given");
        }
        recipientKinds = list(recipientKinds, "recipientKinds");
        if (recipientKind == null && recipientKinds.isEmpty()) {
            throw new InvalidFieldException("recipientKind", "is required (or recipientKinds, for several)");
        }
        if (recipientKind != null && !recipientKinds.isEmpty()) {
            throw new InvalidFieldException("recipientKinds", "must be empty when a single recipientKind is given");
        }
        either = Boolean.TRUE.equals(either);
        if (either && recipientKinds.size() < 2) {
            throw new InvalidFieldException("either", "needs at least two recipientKinds to choose from");
        }
        if (minimumCount != null && minimumCount < 0) {
            throw new InvalidFieldException("minimumCount", "must not be negative, was " + minimumCount);
        }
        quotas = list(quotas, "quotas");
        standards = texts(standards, "standards");
        funding = nfc(funding);
        text = required(text, "text");
        notes = texts(notes, "notes");
    }

    /** A schema 1 proposal: one grantor, one kind, a minimum. */
    public AwardProposal(String form, String grantor, RecipientKind recipientKind, Integer minimumCount, String text) {
        this(null, form, grantor, null, recipientKind, null, null, minimumCount, null, null, null, null, text, null);
    }

    /** Every grantor named, the single one or the several. */
    public List<String> allGrantors() {
        return grantor != null ? List.of(grantor) : grantors;
    }

    /** Every kind of recipient named, the single one or the several. */
    public List<RecipientKind> allRecipientKinds() {
        return recipientKind != null ? List.of(recipientKind) : recipientKinds;
    }
}
