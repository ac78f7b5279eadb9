package vn.thidua.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.Timing;
import vn.thidua.plan.text.TimingParser;

/**
 * The editor's "parsed as you type" for a task's time: the model's own {@link TimingParser}, so the
 * browser shows what the store will read ({@code Trước 15/4/2027} → deadline 2027-04-15).
 */
final class TimingJson {

    private final ObjectMapper mapper = new ObjectMapper();

    String parse(String text, int planYear) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", text);
        try {
            Timing timing = TimingParser.parse(null, text, planYear);
            node.put("ok", true);
            node.put("kind", timing.kind().name());
            if (timing.from() != null) {
                node.put("from", timing.from().toString());
            }
            if (timing.to() != null) {
                node.put("to", timing.to().toString());
            }
            if (timing.quarter() != null) {
                node.put("quarter", timing.quarter());
            }
            // Without these an UNTIL_EVENT, RECURRING or DURATION time read here would be stored invalid.
            if (timing.event() != null) {
                node.put("event", timing.event());
            }
            if (timing.recurrence() != null) {
                node.put("recurrence", timing.recurrence().name());
            }
            if (timing.duration() != null) {
                node.put("duration", timing.duration());
                node.put("durationUnit", timing.durationUnit().name());
            }
            node.put("tentative", Boolean.TRUE.equals(timing.tentative()));
        } catch (IllegalArgumentException e) {
            node.put("ok", false);
            node.put("message", "Không đọc được thời gian \"" + text + "\": hãy viết như văn bản, ví dụ \"Trước 15/4/2027\", "
                    + "\"Từ 01/3 đến 30/6/2027\", \"Quý II\", \"Trong tháng 12/2027\".");
        }
        return node.toString();
    }
}
