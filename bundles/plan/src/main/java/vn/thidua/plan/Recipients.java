package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The recipient list at the bottom left (ô 9a, 9b): paper copies, then electronic copies under their
 * own heading when the document has them.
 *
 * @param heading {@code Nơi nhận:} as written
 * @param entries the lines in document order, each written with the marker {@code -}
 * @param electronicHeading {@code Bản điện tử:} as written, when there are electronic copies
 * @param electronic the electronic copies in document order
 */
@PlanValue
public record Recipients(
        @JsonProperty(required = true) String heading,
        List<Recipient> entries,
        String electronicHeading,
        List<Recipient> electronic) {

    public Recipients {
        heading = required(heading, "heading");
        entries = list(entries, "entries");
        electronicHeading = nfc(electronicHeading);
        electronic = list(electronic, "electronic");
        if (!electronic.isEmpty() && electronicHeading == null) {
            throw new IllegalArgumentException("electronic copies need their heading");
        }
    }

    /** The archive line, wherever it stands. */
    public Optional<Recipient> archive() {
        return entries.stream().filter(r -> r.role() == RecipientRole.ARCHIVE).findFirst();
    }

    /** All lines, paper then electronic. */
    public List<Recipient> all() {
        return java.util.stream.Stream.concat(entries.stream(), electronic.stream()).toList();
    }
}
