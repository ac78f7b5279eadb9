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

    private static final Pattern FIELD_NAME = Pattern.compile("(?iu)(?<=thi đua),\\s*(?=khen thưởng)");
    private static final String KEPT = "\u0000";
    private static final Pattern PLURAL = Pattern.compile("(?:^|\\s)[Cc]ác\\s");

    private Units() {
    }

    /**
     * The units of a list: split at ';', then at ' và ', then at ','. A comma between capitalised
     * names parts two units ({@code Đại diện lãnh đạo Ban, Văn phòng}); common nouns in lower case
     * enumerated before one qualifier are one unit ({@code các phòng, đơn vị thuộc Ban Quản lý},
     * {@code cá nhân, nhóm tác giả}), and so are the lower-case nouns that go on a plural
     * ({@code UBND các huyện, thị xã, thành phố}). The name of the field, {@code thi đua, khen thưởng},
     * is never parted.
     */
    static List<String> split(String text) {
        String t = text.strip().replaceAll("[.;,]+$", "");
        t = COUNT_IN_PARENTHESES.matcher(t).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String part : t.split("\\s*;\\s*")) {
            for (String piece : part.split("\\s+và\\s+")) {
                String current = null;
                for (String c : FIELD_NAME.matcher(piece).replaceAll(KEPT).split("\\s*,\\s*")) {
                    String name = c.strip().replace(KEPT, ", ");
                    if (current != null && startsLower(name) && (startsLower(current) || PLURAL.matcher(current).find())) {
                        current = current + ", " + name;
                    } else {
                        if (current != null) {
                            add(out, current);
                        }
                        current = name;
                    }
                }
                if (current != null) {
                    add(out, current);
                }
            }
        }
        return out;
    }

    private static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
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
