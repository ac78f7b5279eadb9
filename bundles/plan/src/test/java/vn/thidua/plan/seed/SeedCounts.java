package vn.thidua.plan.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a seed contains, counted from its text alone by the layouts the real plans use, so the
 * hand-encoded fixtures can be checked against the document rather than against themselves.
 */
public record SeedCounts(int tasks, int targets, int phases, int legalBases, int recipients) {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\d+\\t.*");
    private static final Pattern FIELD_TASK_OWNER = Pattern.compile("^-\\s*(Trách nhiệm thực hiện|Đơn vị chủ trì)(?=[\\s:*]|$).*");
    private static final Pattern FIELD_LINE = Pattern.compile("^-\\s*(Thời gian|Trách nhiệm|Đơn vị|Địa điểm)(?=[\\s:*]|$).*");
    private static final Pattern INLINE_DEADLINE = Pattern.compile("trước ngày \\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern HEADING = Pattern.compile("^([IVX]+\\.|\\d+\\.(\\d+\\.)?)\\s+(\\S.*)");
    private static final Pattern TARGET_HEADING = Pattern.compile("^(các )?chỉ tiêu(?=[\\s:*]|$).*");
    private static final Pattern PHASE = Pattern.compile("^[-+]\\s*Đợt(?=[\\s:*]|$).*");
    private static final Pattern BASIS_START = Pattern.compile("^(-\\s*)?(Thực hiện|Căn cứ|Hướng ứng|Hưởng ứng)(?=[\\s:*]|$).*");
    private static final Pattern FIRST_SECTION = Pattern.compile("^I\\.\\s.*");
    /**
     * Headings over tasks written as numbered paragraphs ("1. Nội dung thi đua", "2. Nhiệm vụ, giải pháp",
     * "I. NHIỆM VỤ CHUNG", "IV. CÁC GIẢI PHÁP CHỦ YẾU").
     */
    private static final Pattern PROSE_TASKS_HEADING = Pattern.compile(
            "^(nội dung thi đua|nhiệm vụ, giải pháp|nhiệm vụ chung|các giải pháp chủ yếu)$");
    /** A paragraph that starts a task: a capital letter or a number, not a lead-in ending in ':'. */
    private static final Pattern PROSE_TASK = Pattern.compile("^[\\p{Lu}\\d].*[^:]$");
    /** A part of the plan: "II. NỘI DUNG THỰC HIỆN". */
    private static final Pattern PART = Pattern.compile("^[IVX]+\\.\\s+(\\S.*)");
    /** The part whose bullets are tasks, under the numbered items they follow (seed 002). */
    private static final String BULLET_TASKS_PART = "nội dung thực hiện";
    /** A review written as a paragraph of its own ("Tổng kết các phong trào thi đua ..."). */
    private static final Pattern REVIEW = Pattern.compile("^(Tổng kết|Sơ kết)\\s.*");

    public static SeedCounts of(String seed) {
        List<String> lines = paragraphs(SeedText.clean(seed));
        return new SeedCounts(tasks(lines), targets(lines), phases(lines), legalBases(lines), recipients(lines));
    }

    /**
     * Lines with PDF hard wraps undone: a line that does not start a new item continues the one
     * before when the text is a hard-wrapped extraction (seed 002 puts a blank line after each).
     */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : SeedText.lines(text)) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private static int tasks(List<String> lines) {
        int count = 0;
        boolean inProseTasks = false;
        boolean inBulletTasks = false;
        StringBuilder running = new StringBuilder();
        for (String line : lines) {
            Matcher part = PART.matcher(line);
            if (part.matches()) {
                inBulletTasks = part.group(1).toLowerCase(Locale.ROOT).equals(BULLET_TASKS_PART);
            }
            String title = headingTitle(line);
            if (title != null) {
                inProseTasks = PROSE_TASKS_HEADING.matcher(title.toLowerCase(Locale.ROOT)).matches();
                running.append(line).append(' ');
                continue;
            }
            if (TABLE_ROW.matcher(line).matches() || FIELD_TASK_OWNER.matcher(line).matches()) {
                count++;
            } else if (inBulletTasks && line.startsWith("-") && !FIELD_LINE.matcher(line).matches()) {
                count++;
            } else if (inProseTasks && PROSE_TASK.matcher(line).matches() || REVIEW.matcher(line).matches()) {
                // numbered tasks (1.1., 1.2. ...) and the paragraphs between them, in a section of tasks in prose
                count++;
            } else if (!FIELD_LINE.matcher(line).matches()) {
                running.append(line).append(' ');
            }
        }
        // Deadlines inside running text; hard-wrapped lines are joined first.
        Matcher m = INLINE_DEADLINE.matcher(running.toString().toLowerCase(Locale.ROOT));
        while (m.find()) {
            count++;
        }
        return count;
    }

    /**
     * The title of a heading: a short numbered line that does not end a sentence ("II. NỘI DUNG THI ĐUA",
     * "1. Nội dung thi đua"), not a numbered paragraph ("1. Tiếp tục tuyên truyền ... ."); null otherwise.
     */
    private static String headingTitle(String line) {
        Matcher heading = HEADING.matcher(line);
        if (!heading.matches() || heading.group(2) != null) {
            return null;
        }
        String title = heading.group(3);
        return title.split("\\s+").length <= 14 && !title.endsWith(".") ? title : null;
    }

    /** Bullets under a short numbered heading that names targets ("2. Các chỉ tiêu thi đua ..."). */
    private static int targets(List<String> lines) {
        int count = 0;
        boolean inTargets = false;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String title = heading.group(3).toLowerCase(Locale.ROOT);
                inTargets = TARGET_HEADING.matcher(title).matches() && title.split("\\s+").length <= 14
                        && !title.endsWith(".");
            } else if (inTargets && line.startsWith("-")) {
                count++;
            }
        }
        return count;
    }

    private static int phases(List<String> lines) {
        return (int) lines.stream().filter(l -> PHASE.matcher(l).matches()).count();
    }

    /** The ';'-separated clauses of the preamble paragraphs that open with a basis verb. */
    private static int legalBases(List<String> lines) {
        int count = 0;
        StringBuilder paragraph = null;
        for (String line : lines) {
            if (FIRST_SECTION.matcher(line).matches()) {
                break;
            }
            if (BASIS_START.matcher(line).matches()) {
                count += clauses(paragraph);
                paragraph = new StringBuilder(line);
            } else if (paragraph != null && !endsParagraph(paragraph)) {
                paragraph.append(' ').append(line);
            } else {
                count += clauses(paragraph);
                paragraph = null;
            }
        }
        return count + clauses(paragraph);
    }

    private static boolean endsParagraph(StringBuilder paragraph) {
        String s = paragraph.toString().strip();
        return s.endsWith(".") || s.endsWith(":") || s.endsWith(",") || s.endsWith(";") && s.startsWith("-");
    }

    private static int clauses(StringBuilder paragraph) {
        if (paragraph == null) {
            return 0;
        }
        int count = 0;
        for (String clause : paragraph.toString().split(";")) {
            if (!clause.isBlank()) {
                count++;
            }
        }
        return count;
    }

    private static int recipients(List<String> lines) {
        int count = 0;
        boolean inList = false;
        for (String line : lines) {
            if (line.startsWith("Nơi nhận")) {
                inList = true;
            } else if (inList && line.startsWith("-")) {
                count++;
            }
        }
        return count;
    }
}
