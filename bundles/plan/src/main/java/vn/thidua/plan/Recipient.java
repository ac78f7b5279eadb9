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
 */
@PlanValue
public record Recipient(
        @JsonProperty(required = true) String text,
        @JsonProperty(required = true) String name,
        String note,
        RecipientRole role,
        List<String> archiveHolders) {

    public Recipient {
        text = required(text, "text");
        name = required(name, "name");
        note = nfc(note);
        role = role == null ? RecipientRole.RECIPIENT : role;
        archiveHolders = texts(archiveHolders, "archiveHolders");
        if (role == RecipientRole.ARCHIVE && archiveHolders.isEmpty()) {
            throw new IllegalArgumentException("the archive line must name who keeps the copies");
        }
    }
}
