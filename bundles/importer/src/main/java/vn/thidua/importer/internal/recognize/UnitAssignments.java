package vn.thidua.importer.internal.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.Assignment;
import vn.thidua.plan.DirectiveKind;
import vn.thidua.plan.Duty;
import vn.thidua.plan.UnitAssignment;

/**
 * The duties a plan gives a unit under {@code Tổ chức thực hiện}, read from how such lines are
 * written: the unit, then what it is to do, either after a colon ({@code Văn phòng và Tổ chức
 * đoàn thể: Kiểm tra, đôn đốc ...}) or straight after the unit's name, where the duty opens with
 * one of the verbs assignments open with ({@code Tổ giúp việc giúp Khối trưởng ...},
 * {@code Khối phó có trách nhiệm phối hợp với ...}). {@code Giao} in front is an order,
 * {@code Đề nghị} a request; a duty that opens with coordinating is a call to coordinate.
 */
final class UnitAssignments {

    /** The verbs a duty opens with, longest first where one begins another. */
    private static final Pattern DUTY_VERB = Pattern.compile("(?<![\\p{L}])(?:,\\s*)?(căn cứ|giúp|có trách nhiệm|chịu trách nhiệm|tham mưu|"
            + "là đầu mối|là cơ quan thường trực|chủ trì|triển khai|tích cực|thực hiện|tổ chức|phối hợp|hướng dẫn|theo dõi|kiểm tra|"
            + "chủ động|xây dựng|báo cáo|tổng hợp|phổ biến|tuyên truyền|đôn đốc|quán triệt)(?![\\p{L}])");
    private static final Pattern COLON = Pattern.compile("^([^:]{2,120}?):\\s+(\\S.*)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^(Giao|Đề nghị)\\s+");
    private static final Pattern COORDINATES = Pattern.compile("^(?:có trách nhiệm\\s+|chịu trách nhiệm\\s+)?phối hợp\\b");
    /** Who a duty is done with: "phối hợp với X <verb>". */
    private static final Pattern WITH = Pattern.compile("phối hợp với\\s+(.+?)\\s+(?=(?:chỉ đạo|tổ chức|đảm bảo|bảo đảm|thực hiện|triển khai|"
            + "hướng dẫn|theo dõi|kiểm tra|tham mưu|điều hành)(?![\\p{L}]))");
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?<![\\p{L}])(các|những|mỗi|từng|của|và|cho|với|công tác)$");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final int MAX_UNIT_WORDS = 40;
    /**
     * The words a unit's name opens with in Vietnamese administration (bodies, their heads, their
     * members, enterprises): what opens otherwise ("Kinh phí: ...", "Thời gian: ...") is no unit.
     */
    private static final Pattern UNIT_HEAD = Pattern.compile("^(?:(?:[Cc]ác|[Mm]ỗi|[Tt]ừng|[Nn]hững)\\s+)?(?:Sở|Ban|Phòng|UBND|Ủy ban|Uỷ ban|Văn phòng|Hội|"
            + "Công đoàn|Đoàn|Tổ|Khối|Cụm|Trung tâm|Chi cục|Cục|Bộ|Trường|Đài|Báo|Công an|Liên đoàn|Mặt trận|MTTQ|Viện|Kho bạc|"
            + "Thanh tra|Người|Lãnh đạo|Thủ trưởng|Chủ tịch|Phó|Giám đốc|Trưởng|Chánh|Doanh nghiệp|Công ty|Tỉnh đoàn|Huyện đoàn|"
            + "Thành đoàn|Hội đồng|Cơ quan|Đơn vị|Địa phương|Xã|Phường|Thị trấn|Huyện|Thị xã|Thành phố|Chi bộ|Đảng ủy|Đảng uỷ|"
            + "Cán bộ|Công chức|Thành viên|Bộ phận|Đại diện|Ngành|Chi đoàn|Tổ chức|Cá nhân|Tập thể|sở|ban|phòng|đơn vị|cơ quan|"
            + "doanh nghiệp|xã|phường|huyện|địa phương|ngành|tổ chức|thành viên|cán bộ)(?![\\p{L}])");

    private UnitAssignments() {
    }

    /** The assignment a line written as "unit + duty" makes, or null when the line is no such thing. */
    static UnitAssignment runIn(String ordinal, String text) {
        String t = text.strip();
        String heading = null;
        String duty = null;
        Matcher c = COLON.matcher(t);
        if (c.matches() && !DUTY_VERB.matcher(c.group(1)).find() && isUnit(c.group(1))) {
            heading = c.group(1) + ":";
            duty = c.group(2);
        } else {
            Matcher v = DUTY_VERB.matcher(t);
            while (v.find()) {
                String before = t.substring(0, v.start(1)).stripTrailing();
                // After a plural or a linking word the verb's words are a noun ("các tổ chức chính trị - xã hội").
                if (before.split("\\s+").length >= 2 && isUnit(before) && !NOUN_BEFORE.matcher(before).find()) {
                    heading = before;
                    duty = t.substring(v.start(1));
                    break;
                }
            }
        }
        if (heading == null || duty.isBlank()) {
            return null;
        }
        List<String> units = units(heading);
        if (units.isEmpty()) {
            return null;
        }
        return new UnitAssignment(ordinal, heading, directive(heading, duty), units, true, null, List.of(duty(duty)));
    }

    /** A unit's heading on a line of its own ({@code 1. Ban Quản lý các KCN:}) with its duties under it. */
    static UnitAssignment headed(String ordinal, String heading, String marker, List<String> duties) {
        if (!heading.endsWith(":") || !isUnit(heading.substring(0, heading.length() - 1)) || duties.isEmpty()) {
            return null;
        }
        List<String> units = units(heading);
        if (units.isEmpty()) {
            return null;
        }
        List<Duty> out = new ArrayList<>();
        for (String d : duties) {
            out.add(duty(d));
        }
        return new UnitAssignment(ordinal, heading, directive(heading, duties.get(0)), units, false, marker, out);
    }

    /**
     * Whether the words name a unit: they open with a word units' names open with, capitalised as
     * a sentence opens, or in lower case after {@code Giao} / {@code Đề nghị}, which the sentence
     * opens with ({@code Đề nghị các đơn vị trong Khối ...}).
     */
    private static boolean isUnit(String words) {
        Matcher d = DIRECTIVE.matcher(words.strip());
        boolean directed = d.find();
        String w = directed ? words.strip().substring(d.end()) : words.strip();
        return !w.isEmpty() && (directed || Character.isUpperCase(w.codePointAt(0))) && w.split("\\s+").length <= MAX_UNIT_WORDS
                && !w.contains(".") && !w.contains(";") && UNIT_HEAD.matcher(w).find();
    }

    private static DirectiveKind directive(String heading, String duty) {
        Matcher d = DIRECTIVE.matcher(heading);
        if (d.find()) {
            return d.group(1).equals("Giao") ? DirectiveKind.GIAO : DirectiveKind.DE_NGHI;
        }
        return COORDINATES.matcher(duty).find() ? DirectiveKind.PHOI_HOP : DirectiveKind.GIAO;
    }

    /** The units a heading names; a note in parentheses parts units where it stands, then is no part of them. */
    private static List<String> units(String heading) {
        String u = DIRECTIVE.matcher(heading.strip()).replaceFirst("").replaceAll("[:,]\\s*$", "").strip();
        List<String> out = new ArrayList<>();
        for (String unit : Units.split(u)) {
            String bare = PARENTHESES.matcher(unit).replaceAll("").strip();
            if (!bare.isEmpty()) {
                out.add(bare);
            }
        }
        return out;
    }

    private static Duty duty(String text) {
        Matcher w = WITH.matcher(text);
        Assignment with = w.find() ? new Assignment(null, null, Units.split(w.group(1))) : null;
        return new Duty(text.strip(), null, with);
    }
}
