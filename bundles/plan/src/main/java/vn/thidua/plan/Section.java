package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;

import java.util.List;

import vn.thidua.plan.internal.PlanValue;

/**
 * A numbered part of the plan ({@code I.}, {@code 1.}, {@code 1.1.}, {@code a)}) holding blocks,
 * which may be sections in turn.
 *
 * <p>A section without a heading is a numbered paragraph: its number stands in front of its first
 * block ({@code 1.1. Cấp ủy, lãnh đạo ...}).
 *
 * @param number the number as written, with its punctuation, or null for an unnumbered part
 * @param heading the heading as written, or null
 * @param grouping the period the section's tasks belong to ({@code Nhiệm vụ quý I}), when it groups tasks
 * @param blocks the content in document order
 */
@PlanValue
public record Section(String number, String heading, Grouping grouping, List<Block> blocks) implements Block {

    public Section {
        number = nfc(number);
        heading = nfc(heading);
        blocks = list(blocks, "blocks");
        if (number == null && heading == null && blocks.isEmpty()) {
            throw new IllegalArgumentException("a section needs a number, a heading or content");
        }
    }

    /**
     * The paragraph this section's number runs into, when the section is a numbered paragraph (a
     * number, no heading, a paragraph first): the document writes them on one line. Null otherwise.
     */
    public Paragraph runIn() {
        return heading == null && number != null && !blocks.isEmpty() && blocks.get(0) instanceof Paragraph p ? p : null;
    }
}
