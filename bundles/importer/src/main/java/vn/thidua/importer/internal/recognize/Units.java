package vn.thidua.importer.internal.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.Assignment;

/** The units a task names as lead or coordinating, read from the words of its cell or labelled line. */
final class Units {

    private static final Pattern LEAD_WITH_PARTNERS = Pattern.compile(
            "^(.+?)\\s+chủ trì,?\\s+phối hợp\\s+(?:với\\s+)?(.+?)(?:\\s+thực hiện)?[.;]?$");
    private static final Pattern COUNT_IN_PARENTHESES = Pattern.compile("\\s*\\(\\d+[^)]*\\)");

    private Units() {
    }

    /** The units of a list: split at ';', then at ' và ', then at ',' when every piece is a short name. */
    static List<String> split(String text) {
        String t = text.strip().replaceAll("[.;,]+$", "");
        t = COUNT_IN_PARENTHESES.matcher(t).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String part : t.split("\\s*;\\s*")) {
            for (String piece : part.split("\\s+và\\s+")) {
                String[] commas = piece.split("\\s*,\\s*");
                boolean shortNames = commas.length > 1;
                for (String c : commas) {
                    shortNames &= c.strip().split("\\s+").length <= 3;
                }
                if (shortNames) {
                    for (String c : commas) {
                        add(out, c);
                    }
                } else {
                    add(out, piece);
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String unit) {
        String u = unit.strip();
        if (!u.isEmpty()) {
            out.add(u);
        }
    }

    /** The lead and, when the words say "X chủ trì, phối hợp Y", the coordinating units. */
    static Assignment[] leadAndPartners(String label, String text) {
        Matcher m = LEAD_WITH_PARTNERS.matcher(text.strip());
        if (m.matches()) {
            return new Assignment[] {new Assignment(label, text, split(m.group(1))),
                new Assignment(null, null, split(m.group(2)))};
        }
        List<String> units = split(text);
        return new Assignment[] {units.isEmpty() ? null : new Assignment(label, text, units), null};
    }
}
