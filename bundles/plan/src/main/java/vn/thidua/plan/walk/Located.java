package vn.thidua.plan.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.plan.Block;
import vn.thidua.plan.Grouping;
import vn.thidua.plan.Section;

/**
 * An element of a plan with its place in it.
 *
 * @param value the element
 * @param pointer its JSON Pointer (RFC 6901) in the plan's JSON as {@code PlanJson} writes it
 *     ({@code /sections/2/blocks/0/blocks/1/tasks/3})
 * @param index its position in the list that holds it, from 0 (the pointer's last token)
 * @param container the nearest block that holds it: the enclosing section of a block (null for a
 *     top-level section), the list of a task, target or phase, the target list of an award proposal;
 *     null outside the body (legal bases, recipients)
 * @param sections the sections that enclose it, outermost first; a section is not among its own
 * @param numbers the numbers the document writes on the way to it, as written ({@code II.},
 *     {@code 2.}, {@code a)}): those of the enclosing sections, then its own (a section's number, a
 *     task's ordinal) when it has one
 */
public record Located<T>(T value, String pointer, int index, Block container, List<Section> sections,
        List<String> numbers) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pointer, "pointer");
        sections = List.copyOf(sections);
        numbers = List.copyOf(numbers);
    }

    /** How many sections enclose it: 0 for a top-level section. */
    public int depth() {
        return sections.size();
    }

    /** The innermost section that encloses it, or null. */
    public Section section() {
        return sections.isEmpty() ? null : sections.get(sections.size() - 1);
    }

    /** The period of the innermost enclosing section that groups its tasks ({@code Nhiệm vụ quý II}), or null. */
    public Grouping grouping() {
        for (int i = sections.size() - 1; i >= 0; i--) {
            if (sections.get(i).grouping() != null) {
                return sections.get(i).grouping();
            }
        }
        return null;
    }

    /**
     * The path of numbers as one reads it: each number without its closing punctuation, joined by
     * dots ({@code II.2.a}); a number that already carries its parent's ({@code 1.2.} under
     * {@code 1.}) stands for both ({@code II.1.2}); a bullet in the ordinal's place ({@code -}) adds
     * nothing. Empty when nothing on the way is numbered.
     */
    public String path() {
        List<String> parts = new ArrayList<>();
        for (String number : numbers) {
            String bare = bare(number);
            if (bare.isEmpty()) {
                continue;
            }
            if (!parts.isEmpty() && bare.startsWith(parts.get(parts.size() - 1) + ".")) {
                parts.set(parts.size() - 1, bare);
            } else {
                parts.add(bare);
            }
        }
        return String.join(".", parts);
    }

    /** Whether it stands in an appendix after the signature ({@code /appendices/N/...}), not in the body. */
    public boolean inAppendix() {
        return pointer.startsWith("/appendices/");
    }

    /** The pointer of a place inside this element: {@code at("timing/label")}. */
    public String at(String relative) {
        return pointer + "/" + relative;
    }

    /**
     * Whether this is the paragraph a numbered section's number runs into ({@link Section#runIn()}):
     * a renderer writes it on the section's line, not on its own.
     */
    public boolean isRunIn() {
        return index == 0 && container instanceof Section section && section.runIn() != null;
    }

    private static String bare(String number) {
        String text = number.strip();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return ""; // a bullet written where a number would be ("-", "+"): it numbers nothing
        }
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '(') {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ')')) {
            end--;
        }
        return text.substring(start, end);
    }
}
