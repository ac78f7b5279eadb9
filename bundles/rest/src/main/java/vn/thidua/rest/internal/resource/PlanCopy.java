package vn.thidua.rest.internal.resource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;

/**
 * Last year's plan made into next year's draft: the same document with its dates moved by the
 * difference of years, its registered number cleared (the symbol stays: {@code Số: /KH-KCN}), ready
 * for the pack in force for the new year to judge. Task progress is not part of the document: the
 * store starts every task of a new plan not started.
 *
 * <p>What moves, read from the plan's JSON so that every element the model types is covered,
 * present and future: the plan's {@code year} and every other {@code year} or {@code baseYear}
 * number; every ISO date ({@code 2024-06-30} becomes {@code 2025-06-30}; 29 February becomes the
 * 28th); and in the words, the plan's year and the year before it ({@code năm 2024},
 * {@code so với 2023}), and inside a timing (an object with {@code from} or {@code to}) the year
 * after it too ({@code Từ 01/10/2024 đến 31/3/2025}), so that its words keep saying what its dates
 * say. A year written as part of a document symbol ({@code 30/2020/NĐ-CP}) stays.
 *
 * <p>What does not move: the legal bases ({@code /preamble/legalBases}: they cite documents of their
 * own dates), the source and the editorial remarks, and the year of an anniversary's event
 * ({@code eventYear}: 1945 stays 1945). A year in other words that the copy cannot tell from a
 * reference (a target {@code đến năm 2025} of a 2021–2025 period) stays; the editor shows the copy
 * for the staff to read through.
 */
public final class PlanCopy {

    private static final Set<String> YEAR_FIELDS = Set.of("year", "baseYear");
    private static final Set<String> KEPT = Set.of("/preamble/legalBases", "/source", "/remarks", "/number");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A four-digit year standing alone: not inside a longer number, not followed by a symbol's slash and letters. */
    private static final Pattern YEAR_IN_WORDS = Pattern.compile("(?<![\\d])(\\d{4})(?![\\d])(?!/\\p{L})");

    private final PlanJson json = new PlanJson();
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The draft for {@code year} made from {@code plan}.
     *
     * @throws IllegalArgumentException if {@code year} is the plan's own year or no year a plan can be for
     */
    public Plan copy(Plan plan, int year) {
        if (!Plan.isYear(year)) {
            throw new IllegalArgumentException("year must be between " + Plan.FIRST_YEAR + " and " + Plan.LAST_YEAR + ", was " + year);
        }
        if (year == plan.year()) {
            throw new IllegalArgumentException("year must differ from the plan's own year " + plan.year());
        }
        ObjectNode tree;
        try {
            tree = (ObjectNode) mapper.readTree(json.write(plan));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PlanJson wrote JSON that does not read back", e);
        }
        Shift shift = new Shift(plan.year(), year);
        shift.object(tree, "", false);
        clearNumber(tree);
        return json.read(tree.toString());
    }

    /** {@code Số: 08/KH-TDMNPB} becomes {@code Số: /KH-TDMNPB}: a draft's number is blank until registered. */
    private static void clearNumber(ObjectNode tree) {
        JsonNode number = tree.get("number");
        if (number instanceof ObjectNode n && n.hasNonNull("symbol")) {
            n.remove("number");
            n.put("text", vn.thidua.plan.DocumentNumber.format(null, n.get("symbol").asText()));
        }
    }

    /** The walk that moves the years, from one plan year to another. */
    private record Shift(int from, int to) {

        int delta() {
            return to - from;
        }

        void object(ObjectNode node, String pointer, boolean inTiming) {
            boolean timing = inTiming || node.has("from") || node.has("to");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + field.getKey();
                if (KEPT.contains(at)) {
                    continue;
                }
                JsonNode value = field.getValue();
                if (value.isInt() && YEAR_FIELDS.contains(field.getKey())) {
                    field.setValue(IntNode.valueOf(value.intValue() + delta()));
                } else {
                    JsonNode moved = value(value, at, timing);
                    if (moved != value) {
                        field.setValue(moved);
                    }
                }
            }
            fixLeapDay(node);
        }

        /** The value moved, or the same node when it moved in place or does not move. */
        JsonNode value(JsonNode value, String pointer, boolean timing) {
            if (value instanceof ObjectNode object) {
                object(object, pointer, timing);
            } else if (value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode moved = value(array.get(i), pointer + "/" + i, timing);
                    if (moved != array.get(i)) {
                        array.set(i, moved);
                    }
                }
            } else if (value.isTextual()) {
                String text = value.asText();
                String moved = ISO_DATE.matcher(text).matches() ? date(text) : words(text, timing);
                return moved.equals(text) ? value : TextNode.valueOf(moved);
            }
            return value;
        }

        String date(String iso) {
            try {
                return LocalDate.parse(iso).plusYears(delta()).toString();
            } catch (DateTimeParseException e) {
                return iso;
            }
        }

        String words(String text, boolean timing) {
            Matcher years = YEAR_IN_WORDS.matcher(text);
            StringBuilder out = new StringBuilder();
            while (years.find()) {
                int found = Integer.parseInt(years.group(1));
                boolean moves = found == from || found == from - 1 || (timing && found == from + 1);
                years.appendReplacement(out, String.valueOf(moves ? found + delta() : found));
            }
            years.appendTail(out);
            return out.toString();
        }

        /** A partial date's 29 February in a year without one is the 28th. */
        static void fixLeapDay(ObjectNode node) {
            if (node.path("day").asInt() == 29 && node.path("month").asInt() == 2 && node.path("year").isInt()
                    && !java.time.Year.isLeap(node.path("year").asInt())) {
                node.put("day", 28);
            }
        }
    }
}
