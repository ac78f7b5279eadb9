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
    private static final Pattern PLURAL = Pattern.compile("(?:^|\\s)(?:[Cc]ác|[Nn]hững)\\s");
    /** A note in parentheses, masked while the list is split so that its words part nothing. */
    private static final Pattern NOTE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern MASKED = Pattern.compile("\u0001(\\d+)\u0002");
    /** A head that governs a plural: "Người đại diện theo pháp luật của | các doanh nghiệp ...". */
    private static final Pattern HEAD_OF_PLURAL = Pattern.compile("^(\\S.*?\\scủa)\\s+(?:các|những)\\s");
    private static final Pattern OPENS_PLURAL = Pattern.compile("^(?:các|những)\\s");
    /** An agency named by its fields: "Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch". */
    private static final Pattern NAMED_BY_FIELDS = Pattern.compile(
            "^(?:Sở|Bộ|Ban|Ủy ban|Uỷ ban|Trung tâm|Tổng cục|Cục|Chi cục|Học viện|Viện|Trường|Phòng|Hội|Vụ)\\s+\\p{Lu}");
    /**
     * The words that begin another unit, so that a capitalised name after a comma or "và" is not one
     * of the fields of the agency before it ("Sở Y tế, Công an tỉnh"). A place word begins a unit only
     * before a name ("Xã Tân Phú", not the field "Xã hội").
     */
    private static final Pattern BEGINS_A_UNIT = Pattern.compile("^(?:(?:Sở|Bộ|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng"
            + "|Văn phòng|Công an|Bộ Chỉ huy|Bộ đội|Mặt trận|Đoàn|Liên đoàn|Công đoàn|Hội|Hiệp hội|Liên minh|Thanh tra"
            + "|Phòng|Trung tâm|Tổng cục|Cục|Chi cục|Kho bạc|Ngân hàng|Bảo hiểm|Báo|Đài|Cụm|Khối|Đại diện|Người|Lãnh đạo"
            + "|Trưởng|Phó|Chánh|Các|Những|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|Học viện|Viện|Trường"
            + "|Bệnh viện|Tòa án|Toà án|Cảng vụ|Doanh nghiệp|Công ty|Tổng công ty|Chi nhánh|Cơ quan|Đơn vị|Chủ tịch"
            + "|Giám đốc|Thủ trưởng|Vụ|Tổ|Đội|Hạt|Chi đoàn|Chi bộ)(?:\\s|$)"
            + "|(?:Xã|Phường|Thị trấn|Thị xã|Thành phố|Huyện|Tỉnh|Đặc khu|Khu)\\s+\\p{Lu})");
    private static final String KEPT_AND = "\u0003";
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+và\\s+|\\s*;\\s*");

    private Units() {
    }

    /**
     * The units of a list: split at ';', then at ' và ', then at ','.
     * <ul>
     * <li>A comma between capitalised names parts two units ({@code Đại diện lãnh đạo Ban, Văn phòng}).</li>
     * <li>Lower-case nouns after a plural are one unit, the plural going on over them
     * ({@code các phòng, đơn vị thuộc Ban Quản lý}, {@code UBND các huyện, thị xã, thành phố},
     * {@code Các sở, ban, ngành}); without a plural, two lower-case nouns are a pair that is one unit
     * ({@code cá nhân, nhóm tác giả}), three or more an enumeration of units
     * ({@code đơn vị, chủ doanh nghiệp, người lao động trong các KCN}).</li>
     * <li>A note in parentheses closes the unit it follows: the name after its comma is another
     * unit ({@code trưởng các phòng (đồng thời là Cụm trưởng các Cụm thi đua), đơn vị}).</li>
     * <li>A head that governs a plural ({@code Người đại diện theo pháp luật của các doanh nghiệp A})
     * goes on over a second plural after {@code và} ({@code ... và các doanh nghiệp B}): that is
     * {@code Người đại diện theo pháp luật của các doanh nghiệp B} too.</li>
     * <li>The name of the field, {@code thi đua, khen thưởng}, is never parted.</li>
     * </ul>
     * Each unit keeps its words as written: its capital, its qualifier ({@code thuộc ...},
     * {@code trong ...}) and its notes.
     */
    static List<String> split(String text) {
        String t = text.strip().replaceAll("[.;,]+$", "");
        t = COUNT_IN_PARENTHESES.matcher(t).replaceAll("");
        List<String> notes = new ArrayList<>();
        Matcher n = NOTE.matcher(t);
        StringBuilder masked = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(masked, "\u0001" + notes.size() + "\u0002");
            notes.add(n.group());
        }
        n.appendTail(masked);
        List<String> out = new ArrayList<>();
        for (String part : agencyNamesKept(masked.toString()).split("\\s*;\\s*")) {
            String[] pieces = part.split("\\s+và\\s+");
            String head = null;
            for (String piece : pieces) {
                if (head != null && OPENS_PLURAL.matcher(piece).find()) {
                    piece = head + " " + piece;
                }
                Matcher h = HEAD_OF_PLURAL.matcher(piece);
                head = h.find() && !piece.contains(",") ? h.group(1) : null;
                for (String unit : enumeration(piece)) {
                    add(out, unmask(unit, notes).replace(KEPT_AND, " và "));
                }
            }
        }
        return out;
    }

    /**
     * The list with the commas and "và" inside an agency's name masked: after a name that an agency
     * takes from its fields, a capitalised word that does not begin a unit is its next field.
     */
    static String agencyNamesKept(String text) {
        Matcher sep = SEPARATOR.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        boolean inName = false;
        String pending = null;
        while (true) {
            boolean found = sep.find();
            String segment = text.substring(from, found ? sep.start() : text.length());
            if (pending != null) {
                boolean field = inName && !pending.contains(";") && startsUpper(segment)
                        && !BEGINS_A_UNIT.matcher(segment).find();
                out.append(field ? (pending.contains(",") ? KEPT : KEPT_AND) : pending);
                inName = field || NAMED_BY_FIELDS.matcher(segment).find();
            } else {
                inName = NAMED_BY_FIELDS.matcher(segment).find();
            }
            out.append(segment);
            if (!found) {
                return out.toString();
            }
            pending = sep.group();
            from = sep.end();
        }
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /** The units of a piece without ';' or 'và': its comma-separated names grouped as {@link #split} says. */
    private static List<String> enumeration(String piece) {
        List<String> out = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String c : FIELD_NAME.matcher(piece).replaceAll(KEPT).split("\\s*,\\s*")) {
            String name = c.strip().replace(KEPT, ", ");
            boolean closed = !group.isEmpty() && group.get(group.size() - 1).endsWith("\u0002");
            if (group.isEmpty() || !startsLower(name) || closed) {
                resolve(group, out);
                group.clear();
            }
            group.add(name);
        }
        resolve(group, out);
        return out;
    }

    /** A group is a name and the lower-case names after it, up to the next capitalised one or a note. */
    private static void resolve(List<String> group, List<String> out) {
        if (group.isEmpty()) {
            return;
        }
        List<String> run = group;
        if (!startsLower(group.get(0)) && !PLURAL.matcher(group.get(0)).find()) {
            out.add(group.get(0));
            run = group.subList(1, group.size());
        }
        if (run.isEmpty()) {
            return;
        }
        if (PLURAL.matcher(run.get(0)).find() || run.size() <= 2) {
            out.add(String.join(", ", run));
        } else {
            out.addAll(run);
        }
    }

    private static String unmask(String unit, List<String> notes) {
        Matcher m = MASKED.matcher(unit);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(notes.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
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
