package vn.thidua.rules.internal.template;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanFormatException;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * Drafts a plan for a year from a pack's template. The template is a plan document (the JSON of
 * {@code PlanJson}) without the parts the pack's defaults supply; in its strings {@code {year}},
 * {@code {year+1}}, {@code {year-1948}}, {@code {year+1-1948}} become numbers (a string that is only a placeholder becomes a
 * JSON number), and an array element with {@code $from}/{@code $to} dates is kept only when the
 * plan's date falls in that window (a legal basis cited only after a decree takes effect).
 *
 * <p>The draft has a blank number, as a draft has before the clerk registers it, and is dated on the
 * day its pack chose (inside the pack's period and the plan kind's window): with a blank day when that
 * day is the first of its month (January of the year for a yearly plan from a pack in force on
 * 1 January), so the pack in force on that day validates it.
 */
public final class Drafter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{year((?:[+-]\\d{1,4}){0,3})\\}");
    private static final Pattern ONLY_PLACEHOLDER = PLACEHOLDER;
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d{1,4}");

    private final PackDescriptor pack;
    private final ObjectMapper mapper;
    private final PlanJson json = new PlanJson();
    /** The descriptor's mapper writes YAML; PlanJson reads JSON. */
    private final ObjectMapper jsonWriter = new com.fasterxml.jackson.databind.json.JsonMapper();

    public Drafter(PackDescriptor pack, ObjectMapper mapper) {
        this.pack = pack;
        this.mapper = mapper;
    }

    /** A yearly plan dated January of its year with a blank day. */
    public Plan draft(int year, String source) {
        return draft(PlanKind.YEARLY, year, LocalDate.of(year, 1, 1), source);
    }

    /**
     * A plan of that kind for the year, from the kind's template, dated {@code date} (month and year
     * only when it is the first of a month); its {@code $from}/{@code $to} elements follow that date.
     */
    public Plan draft(PlanKind kind, int year, LocalDate date, String source) {
        ObjectNode plan = mapper.createObjectNode();
        plan.put("source", source);
        ObjectNode province = plan.putObject("province");
        province.put("code", pack.pack().province().code());
        province.put("name", pack.pack().province().name());
        plan.put("kind", kind.name());
        plan.put("year", year);
        ObjectNode issuer = plan.putObject("issuer");
        if (pack.issuer().parent() != null) {
            issuer.put("parent", pack.issuer().parent());
        }
        issuer.put("agency", pack.issuer().agency());
        // Without the kind PlanJson reads the draft as a schema 1 document, a board's, whoever the pack is for.
        issuer.put("kind", pack.pack().issuerKind().name());
        plan.putObject("number").put("symbol", pack.issuer().symbol());
        ObjectNode dateLine = plan.putObject("dateLine");
        dateLine.put("place", pack.issuer().place());
        ObjectNode day = dateLine.putObject("date");
        if (date.getDayOfMonth() != 1) {
            day.put("day", date.getDayOfMonth());
        }
        day.put("month", date.getMonthValue()).put("year", date.getYear());
        plan.put("documentType", "KẾ HOẠCH");
        ObjectNode template = pack.template(kind).deepCopy();
        ObjectNode preamble = template.has("preamble") && template.get("preamble").isObject()
                ? (ObjectNode) template.get("preamble") : template.putObject("preamble");
        if (!preamble.has("legalBases") && pack.defaults().legalBases() != null) {
            preamble.set("legalBases", pack.defaults().legalBases().deepCopy());
        }
        if (pack.defaults().recipients() != null) {
            plan.set("recipients", pack.defaults().recipients().deepCopy());
        }
        if (pack.defaults().signature() != null) {
            plan.set("signature", pack.defaults().signature().deepCopy());
        }
        plan.setAll(template);
        // The kind drafted, whatever the template says: one template may serve several kinds.
        plan.put("kind", kind.name());
        JsonNode resolved = resolve(plan, year, date, "");
        try {
            return json.read(jsonWriter.writeValueAsString(resolved));
        } catch (PlanFormatException e) {
            String at = pack.templates().containsKey(kind) ? "/templates/" + kind : "/template";
            throw new DescriptorException(at + e.field(), "the template does not draft a valid plan for " + year
                    + ": " + e.getMessage().substring(e.field().isEmpty() ? 0 : e.field().length() + 2), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private JsonNode resolve(JsonNode node, int year, LocalDate date, String pointer) {
        if (node.isTextual()) {
            return text(node.textValue(), year, pointer);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode out = mapper.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().startsWith("$")) {
                    out.set(field.getKey(), resolve(field.getValue(), year, date, pointer + "/" + field.getKey()));
                }
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = mapper.createArrayNode();
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (applies(element, date, pointer + "/" + i)) {
                    out.add(resolve(element, year, date, pointer + "/" + i));
                }
            }
            return out;
        }
        return node;
    }

    private static boolean applies(JsonNode element, LocalDate date, String pointer) {
        if (!element.isObject()) {
            return true;
        }
        LocalDate from = window(element, "$from", pointer);
        LocalDate to = window(element, "$to", pointer);
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    private static LocalDate window(JsonNode element, String name, String pointer) {
        JsonNode value = element.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new DescriptorException(pointer + "/" + name, "not a date (YYYY-MM-DD): '" + value.asText() + "'");
        }
    }

    private static JsonNode text(String text, int year, String pointer) {
        Matcher only = ONLY_PLACEHOLDER.matcher(text);
        if (only.matches()) {
            return IntNode.valueOf(year + offset(only.group(1)));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return TextNode.valueOf(text);
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(year + offset(m.group(1))));
        }
        m.appendTail(out);
        return TextNode.valueOf(out.toString());
    }

    /** The sum of the offsets: {@code +1-1948} in {@code {year+1-1948}} (the anniversary reached in the next year). */
    private static int offset(String group) {
        int sum = 0;
        Matcher m = OFFSET.matcher(group == null ? "" : group);
        while (m.find()) {
            sum += Integer.parseInt(m.group());
        }
        return sum;
    }
}
