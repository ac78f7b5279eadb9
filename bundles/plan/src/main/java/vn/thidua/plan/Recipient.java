package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * One line of the recipient list (nơi nhận).
 *
 * @param text the line as written, without its marker ({@code Vụ TĐKT - BKII&ĐT (B/c);})
 * @param name the recipient's name ({@code Vụ TĐKT - BKII&ĐT})
 * @param note the note after the name without its parentheses ({@code B/c}: để báo cáo), when given
 * @param role recipient or archive line
 * @param archiveHolders who keeps the archive copies ({@code VT}, {@code VP}), for the archive line
 * @param addressees the addressees when the line names several ({@code Sở: Nội vụ, Tài chính, Y tế;}),
 *     each as written; {@code name} is then the line's head ({@code Sở})
 * @param purpose why the recipient gets the plan, from the note ({@code b/c}: to report), when it says
 */
@PlanValue
public record Recipient(
        @JsonProperty(required = true) String text,
        @JsonProperty(required = true) String name,
        String note,
        RecipientRole role,
        List<String> archiveHolders,
        List<String> addressees,
        RecipientPurpose purpose) {

    public Recipient {
        text = required(text, "text");
        name = required(name, "name");
        note = nfc(note);
        role = role == null ? RecipientRole.RECIPIENT : role;
        archiveHolders = texts(archiveHolders, "archiveHolders");
        addressees = texts(addressees, "addressees");
        if (role == RecipientRole.ARCHIVE && archiveHolders.isEmpty()) {
            throw new IllegalArgumentException("the archive line must name who keeps the copies");
        }
    }

    /** A schema 1 line. */
    public Recipient(String text, String name, String note, RecipientRole role, List<String> archiveHolders) {
        this(text, name, note, role, archiveHolders, null, null);
    }
}
