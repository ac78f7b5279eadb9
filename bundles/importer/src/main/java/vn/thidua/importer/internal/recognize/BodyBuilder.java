package vn.thidua.importer.internal.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.importer.internal.document.DocTable;
import vn.thidua.plan.Assignment;
import vn.thidua.plan.AssignmentList;
import vn.thidua.plan.Block;
import vn.thidua.plan.Grouping;
import vn.thidua.plan.GroupingKind;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.Place;
import vn.thidua.plan.Section;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskLayout;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.UnitAssignment;
import vn.thidua.plan.Timing;
import vn.thidua.plan.text.TimingParser;

/**
 * The body of a plan: the section tree (numbering styles nest in the order the document first
 * uses them: {@code I.} › {@code 1.} › {@code 1.1.} › {@code a)}), task tables, numbered tasks
 * followed by labelled lines (Đơn vị chủ trì, Thời gian hoàn thành ...), targets under a heading
 * that names them, phases (Đợt ...), bullet lists and paragraphs.
 */
final class BodyBuilder {

    private static final Pattern FIELD = Pattern.compile(
            "^(?:[-+•]\\s*)?(Đơn vị chủ trì|Đơn vị thực hiện|Chủ trì|Đơn vị phối hợp|Phối hợp|Thời gian hoàn thành|Thời gian thực hiện|Thời gian|Trách nhiệm thực hiện|Địa điểm)\\s*:\\s*(.*)$");
    private static final Pattern QUARTER_HEADING = Pattern.compile("^Nhiệm vụ quý\\s+(IV|III|II|I)\\b.*", Pattern.CASE_INSENSITIVE);

    private final Review review;
    private final int year;
    private final ProvinceFoundingDays provinceDays;
    private final List<Node> roots = new ArrayList<>();
    private final List<Node> stack = new ArrayList<>();

    /** A section while it is being built. */
    private static final class Node {
        final Numbered.Style style;
        final String number;
        final String heading;
        final List<Object> blocks = new ArrayList<>();

        Node(Numbered.Style style, String number, String heading) {
            this.style = style;
            this.number = number;
            this.heading = heading;
        }
    }

    /** Tasks while their list is being built. */
    private record PendingTasks(TaskLayout layout, List<String> columns, List<TaskField> fields, String marker, List<Task> tasks) {

        /** Standing tasks written as prose (numbered paragraphs, bullets): no columns, no fields. */
        static PendingTasks prose(List<Task> tasks) {
            return new PendingTasks(TaskLayout.FIELDS, null, null, null, tasks);
        }
    }

    /** Bullets while their list is being built. */
    private record PendingBullets(String marker, List<String> items) {
    }

    BodyBuilder(Review review, int year, ProvinceFoundingDays provinceDays) {
        this.review = review;
        this.year = year;
        this.provinceDays = provinceDays;
    }

    static boolean isTaskTable(DocTable table) {
        if (table.rows().size() < 2) {
            return false;
        }
        List<String> head = table.gridRow(0);
        return head.size() >= 3 && head.get(0).strip().matches("(?i)S?TT|Số TT")
                && head.get(1).toLowerCase(Locale.ROOT).contains("nội dung");
    }

    List<Section> build(List<Object> items) {
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof DocTable table) {
                table(table);
                continue;
            }
            String line = (String) item;
            Numbered n = Numbered.of(line);
            if (n == null) {
                add(new Paragraph(line));
                continue;
            }
            if (n.style() == Numbered.Style.BULLET) {
                bullet(n);
                continue;
            }
            // A numbered line followed by labelled lines is a task.
            int j = i + 1;
            while (j < items.size() && items.get(j) instanceof String next && FIELD.matcher(next).matches()) {
                j++;
            }
            if (j > i + 1 && n.style() != Numbered.Style.ROMAN) {
                int end = j;
                List<String> notes = new ArrayList<>();
                while (end < items.size() && items.get(end) instanceof String next && Numbered.of(next) == null
                        && !FIELD.matcher(next).matches()) {
                    notes.add(next);
                    end++;
                }
                task(n, items.subList(i + 1, j), notes);
                i = end - 1;
                continue;
            }
            if (n.looksLikeHeading(false)) {
                section(n, n.rest().isEmpty() ? null : n.rest(), null);
            } else {
                section(n, null, new Paragraph(n.rest()));
            }
        }
        List<Section> out = new ArrayList<>();
        for (Node root : roots) {
            out.add(toSection(root, false));
        }
        return out;
    }

    private void section(Numbered n, String heading, Paragraph runIn) {
        Node node = new Node(n.style(), n.number(), heading);
        if (runIn != null) {
            node.blocks.add(runIn);
        }
        Node parent = placeFor(n.style());
        if (parent == null) {
            roots.add(node);
        } else {
            parent.blocks.add(node);
        }
        stack.add(node);
    }

    /** The section a line of this numbering style goes into, the stack cut back to it. */
    private Node placeFor(Numbered.Style style) {
        if (style == Numbered.Style.ROMAN) {
            stack.clear();
            return null;
        }
        for (int k = 0; k < stack.size(); k++) {
            if (stack.get(k).style == style) {
                stack.subList(k, stack.size()).clear();
                break;
            }
        }
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private Node current() {
        if (stack.isEmpty()) {
            Node orphan = new Node(null, null, null);
            roots.add(orphan);
            stack.add(orphan);
        }
        return stack.get(stack.size() - 1);
    }

    private void add(Block block) {
        current().blocks.add(block);
    }

    private void bullet(Numbered n) {
        List<Object> blocks = current().blocks;
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof PendingBullets b && b.marker().equals(n.number())) {
            b.items().add(n.rest());
        } else {
            blocks.add(new PendingBullets(n.number(), new ArrayList<>(List.of(n.rest()))));
        }
    }

    private void task(Numbered n, List<Object> fieldLines, List<String> notes) {
        Node container = placeFor(n.style());
        if (container == null) {
            container = current();
        }
        Timing timing = null;
        Assignment lead = null;
        Assignment coordination = null;
        Place place = null;
        List<TaskField> fields = new ArrayList<>();
        List<String> taskNotes = new ArrayList<>(notes);
        String marker = null;
        List<String> uncertain = new ArrayList<>();
        for (Object o : fieldLines) {
            String line = (String) o;
            if (line.startsWith("-") || line.startsWith("+")) {
                marker = line.substring(0, 1);
            }
            Matcher m = FIELD.matcher(line);
            m.matches();
            String label = m.group(1);
            String value = m.group(2).strip();
            String l = label.toLowerCase(Locale.ROOT);
            if (l.startsWith("thời gian") && timing == null) {
                try {
                    timing = TimingParser.parse(label, value, year);
                    fields.add(TaskField.TIMING);
                } catch (IllegalArgumentException e) {
                    taskNotes.add(0, line);
                    uncertain.add("timing '" + value + "' not understood: kept as a note");
                }
            } else if ((l.contains("phối hợp")) && coordination == null && !value.isEmpty()) {
                coordination = new Assignment(label, value, nonEmpty(Units.split(value), value));
                fields.add(TaskField.COORDINATION);
            } else if ((l.contains("chủ trì") || l.contains("thực hiện")) && lead == null && !value.isEmpty()) {
                Assignment[] both = Units.leadAndPartners(label, value);
                lead = both[0] != null ? both[0] : new Assignment(label, value, List.of(value));
                if (both[1] != null && coordination == null) {
                    coordination = both[1];
                }
                fields.add(TaskField.LEAD);
            } else if (l.equals("địa điểm") && place == null) {
                place = new Place(label, value);
                fields.add(TaskField.PLACE);
            } else {
                taskNotes.add(0, line);
            }
        }
        Task task = new Task(n.number(), n.rest(), timing, lead, coordination, place, taskNotes);
        List<Object> blocks = container.blocks;
        String m = marker == null ? "-" : marker;
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof PendingTasks p
                && p.layout() == TaskLayout.FIELDS && p.fields().equals(fields) && m.equals(p.marker())) {
            p.tasks().add(task);
        } else {
            blocks.add(new PendingTasks(TaskLayout.FIELDS, null, fields, m, new ArrayList<>(List.of(task))));
        }
        if (lead != null && lead.units().size() > 1 || coordination != null && coordination.label() == null) {
            review.on(task, "/lead", "units read from '" + lead.text() + "': " + lead.units()
                    + (coordination != null && coordination.label() == null ? "; coordinating: " + coordination.units() : ""),
                    0.6, "one unit as written");
        }
        for (String u : uncertain) {
            review.on(task, "", u, 0.3);
        }
    }

    private static List<String> nonEmpty(List<String> units, String text) {
        return units.isEmpty() ? List.of(text) : units;
    }

    private void table(DocTable table) {
        List<String> head = table.gridRow(0);
        List<TaskField> fields = new ArrayList<>();
        List<String> columns = new ArrayList<>(head);
        int[] columnOf = new int[4];
        java.util.Arrays.fill(columnOf, -1);
        for (int c = 2; c < head.size(); c++) {
            String h = head.get(c).toLowerCase(Locale.ROOT);
            TaskField f = h.startsWith("thời gian") ? TaskField.TIMING
                    : h.contains("phối hợp") ? TaskField.COORDINATION
                    : h.contains("địa điểm") ? TaskField.PLACE
                    : TaskField.LEAD;
            if (fields.contains(f)) {
                f = null;
            }
            if (f != null) {
                fields.add(f);
                columnOf[f.ordinal()] = c;
            }
        }
        if (fields.size() != head.size() - 2) {
            // Columns the model has no field for: the table's text kept row by row.
            for (int r = 0; r < table.rows().size(); r++) {
                add(new Paragraph(String.join(" ", table.gridRow(r)).strip()));
            }
            review.on(current().blocks.get(current().blocks.size() - 1), "", "a table whose columns are not a task table's: kept as paragraphs", 0.3);
            return;
        }
        List<Task> tasks = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        for (int r = 1; r < table.rows().size(); r++) {
            List<String> row = table.gridRow(r);
            while (row.size() < head.size()) {
                row.add("");
            }
            String content = row.get(1).strip();
            if (content.isEmpty()) {
                continue;
            }
            Timing timing = null;
            Assignment lead = null;
            Assignment coordination = null;
            Place place = null;
            List<String> notes = new ArrayList<>();
            if (columnOf[TaskField.TIMING.ordinal()] >= 0) {
                String t = row.get(columnOf[TaskField.TIMING.ordinal()]).strip();
                if (!t.isEmpty()) {
                    try {
                        timing = TimingParser.parse(null, t, year);
                    } catch (IllegalArgumentException e) {
                        notes.add(t);
                        uncertain.add("row " + r + ": timing '" + t + "' not understood, kept as a note");
                    }
                }
            }
            if (columnOf[TaskField.LEAD.ordinal()] >= 0) {
                String t = row.get(columnOf[TaskField.LEAD.ordinal()]).strip();
                if (!t.isEmpty()) {
                    Assignment[] both = Units.leadAndPartners(null, t);
                    lead = both[0];
                    coordination = both[1];
                }
            }
            if (columnOf[TaskField.COORDINATION.ordinal()] >= 0) {
                String t = row.get(columnOf[TaskField.COORDINATION.ordinal()]).strip();
                if (!t.isEmpty()) {
                    coordination = new Assignment(null, t, nonEmpty(Units.split(t), t));
                }
            }
            if (columnOf[TaskField.PLACE.ordinal()] >= 0) {
                String t = row.get(columnOf[TaskField.PLACE.ordinal()]).strip();
                if (!t.isEmpty()) {
                    place = new Place(null, t);
                }
            }
            String ordinal = row.get(0).strip();
            tasks.add(new Task(ordinal.isEmpty() ? null : ordinal, content, timing, lead, coordination, place, notes));
        }
        if (tasks.isEmpty()) {
            return;
        }
        current().blocks.add(new PendingTasks(TaskLayout.TABLE, columns, fields, null, tasks));
        for (String u : uncertain) {
            review.on(tasks.get(0), "", u, 0.3);
        }
    }

    /** A deadline written inside a sentence: "... gửi về Ban trước ngày 15/4/2020 để tổng hợp". */
    private static final Pattern INLINE_DEADLINE = Pattern.compile("trước ngày \\d{1,2}/\\d{1,2}/\\d{4}");

    /**
     * Under a heading that names who acts ("2. Doanh nghiệp trong các KCN:"), the last bullet whose
     * sentences each carry a deadline, and the paragraphs after it that do too, are tasks of that unit
     * written inline.
     */
    private List<Object> inlineTasks(Node node) {
        if (node.heading == null || !node.heading.endsWith(":") || node.heading.split("\\s+").length > 8) {
            return node.blocks;
        }
        String unit = node.heading.substring(0, node.heading.length() - 1).strip();
        List<Object> out = new ArrayList<>();
        PendingTasks inline = null;
        for (Object o : node.blocks) {
            if (o instanceof PendingBullets b && inline == null && !b.items().isEmpty()
                    && allHaveDeadlines(b.items().get(b.items().size() - 1))) {
                List<String> items = b.items();
                if (items.size() > 1) {
                    out.add(new PendingBullets(b.marker(), new ArrayList<>(items.subList(0, items.size() - 1))));
                }
                inline = new PendingTasks(TaskLayout.INLINE, null, null, b.marker(), new ArrayList<>());
                addInline(inline, items.get(items.size() - 1), unit);
                out.add(inline);
            } else if (o instanceof Paragraph p && inline != null && allHaveDeadlines(p.text())) {
                addInline(inline, p.text(), unit);
            } else {
                out.add(o);
                inline = null;
            }
        }
        return out;
    }

    private static boolean allHaveDeadlines(String text) {
        for (String sentence : text.split("(?<=\\.)\\s+(?=\\p{Lu})")) {
            if (!INLINE_DEADLINE.matcher(sentence).find()) {
                return false;
            }
        }
        return true;
    }

    private void addInline(PendingTasks list, String text, String unit) {
        for (String sentence : text.split("(?<=\\.)\\s+(?=\\p{Lu})")) {
            Matcher m = INLINE_DEADLINE.matcher(sentence);
            m.find();
            Timing timing = TimingParser.parse(null, m.group(), year);
            Task task = new Task(null, sentence, timing, new Assignment(null, null, List.of(unit)), null, null, List.of());
            list.tasks().add(task);
            review.on(task, "", "a sentence with a deadline under '" + unit + "' read as that unit's task", 0.6,
                    "a sentence of the list");
        }
    }

    /** A heading over what is to be done: "NHIỆM VỤ CHUNG", "Nội dung thi đua", "CÁC GIẢI PHÁP CHỦ YẾU". */
    private static final Pattern TASK_HEADING = Pattern.compile("(?iu)(?<!\\p{L})(nhiệm vụ|nội dung|giải pháp)(?!\\p{L})");
    /** A heading over what the plan is for, measures, rewards or funds, never tasks. */
    private static final Pattern NOT_TASKS = Pattern.compile(
            "(?iu)mục đích|yêu cầu|chỉ tiêu|tổ chức thực hiện|hình thức khen thưởng|tiêu chuẩn|đối tượng|kinh phí|chế độ báo cáo");
    /** The sentence that introduces the tasks and names who does them: "Đề nghị các cơ quan ... cần tập trung thực hiện ... sau:". */
    private static final Pattern WHO_INTRODUCES = Pattern.compile(
            "^(?:Đề nghị|Yêu cầu|Giao)\\s+(.+?)\\s+(?:cần|phải|tiếp tục|tập trung|thực hiện|triển khai)(?!\\p{L}).*:$");

    static boolean isTaskHeading(String heading) {
        return heading != null && TASK_HEADING.matcher(heading).find() && !NOT_TASKS.matcher(heading).find();
    }

    /**
     * Under a heading over tasks, what the document numbers or bullets is what is to be done:
     * <ul>
     * <li>when every numbered part under it is a numbered paragraph (1.1. Cấp ủy ...), each is a task
     * with its number, and each further paragraph in it a task of its own without one;</li>
     * <li>when the numbered paragraphs carry bullets (1. Thi đua ... / - Tiếp tục quán triệt ...), the
     * numbered paragraph states the aim and the bullets are its tasks.</li>
     * </ul>
     * A paragraph just before them that names who does them ("Đề nghị X cần ... sau:") gives their lead.
     */
    private List<Object> proseTasks(Node node, List<Object> blocks) {
        if (!isTaskHeading(node.heading)) {
            return blocks;
        }
        List<Node> children = new ArrayList<>();
        for (Object o : blocks) {
            if (o instanceof Node n) {
                children.add(n);
            }
        }
        if (children.isEmpty() || children.stream().anyMatch(n -> n.heading != null)) {
            return blocks;
        }
        boolean paragraphsOnly = children.stream().allMatch(n -> n.blocks.stream().allMatch(b -> b instanceof Paragraph));
        List<Object> out = new ArrayList<>();
        PendingTasks list = null;
        Assignment lead = null;
        for (Object o : blocks) {
            if (o instanceof Node child && paragraphsOnly) {
                if (list == null) {
                    list = PendingTasks.prose(new ArrayList<>());
                    out.add(list);
                }
                for (int k = 0; k < child.blocks.size(); k++) {
                    Task task = new Task(k == 0 ? child.number : null, ((Paragraph) child.blocks.get(k)).text(), null, lead, null,
                            null, null);
                    list.tasks().add(task);
                    review.on(task, "", k == 0 ? "a numbered paragraph under '" + PlanRecognizer.shorten(node.heading) + "' read as a task"
                            : "a paragraph after task " + child.number + " read as a task of its own", 0.6,
                            k == 0 ? "a numbered paragraph" : "a paragraph of task " + child.number);
                    if (lead != null) {
                        review.on(task, "/lead", "lead read from the sentence that introduces the tasks: " + lead.units(), 0.5,
                                "no lead");
                    }
                }
            } else if (o instanceof Node child) {
                out.add(bulletsAsTasks(child));
            } else {
                list = null;
                lead = null;
                if (o instanceof Paragraph p) {
                    Matcher who = WHO_INTRODUCES.matcher(p.text().strip());
                    if (who.matches()) {
                        lead = new Assignment(null, null, List.of(who.group(1).strip()));
                    }
                }
                out.add(o);
            }
        }
        return out;
    }

    /** A numbered paragraph's bullets, when they are no phases, as its tasks. */
    private Node bulletsAsTasks(Node child) {
        Node copy = new Node(child.style, child.number, child.heading);
        for (Object o : child.blocks) {
            if (o instanceof PendingBullets b && !ListKinds.arePhases(b.items())) {
                List<Task> tasks = new ArrayList<>();
                for (String item : b.items()) {
                    Task task = new Task(b.marker(), item, null, null, null, null, null);
                    tasks.add(task);
                    review.on(task, "", "a bullet under numbered paragraph " + child.number + " read as a task", 0.6,
                            "an item of a list");
                }
                copy.blocks.add(PendingTasks.prose(tasks));
            } else {
                copy.blocks.add(o);
            }
        }
        return copy;
    }

    /** The review that closes a campaign: "Tổng kết các phong trào thi đua ...", "Sơ kết, tổng kết ...". */
    private static final Pattern REVIEWS_CAMPAIGN = Pattern.compile("^(?:Tổ chức\\s+)?(?:Tổng kết|Sơ kết|tổng kết|sơ kết)(?![\\p{L}])");

    /**
     * After the phases of a campaign, a paragraph that holds its review (sơ kết, tổng kết) is the
     * campaign's closing task, not a phase nor prose.
     */
    private List<Object> reviewAfterPhases(List<Object> blocks) {
        List<Object> out = new ArrayList<>();
        boolean afterPhases = false;
        PendingTasks list = null;
        for (Object o : blocks) {
            if (afterPhases && o instanceof Paragraph p && REVIEWS_CAMPAIGN.matcher(p.text().strip()).find()) {
                if (list == null) {
                    list = PendingTasks.prose(new ArrayList<>());
                    out.add(list);
                }
                Task task = new Task(null, p.text(), null, null, null, null, null);
                list.tasks().add(task);
                review.on(task, "", "a paragraph after the phases that reviews the campaign read as a task", 0.5, "a paragraph");
                continue;
            }
            afterPhases = o instanceof PendingBullets b && ListKinds.arePhases(b.items()) || afterPhases && list != null;
            if (!(o instanceof Paragraph)) {
                list = null;
            }
            out.add(o);
        }
        return out;
    }

    /** A heading over who does what: "TỔ CHỨC THỰC HIỆN", "Trách nhiệm của các cơ quan, đơn vị", "Phân công thực hiện". */
    private static final Pattern CARRIES_OUT = Pattern.compile("(?iu)tổ chức thực hiện|^trách nhiệm(?![\\p{L}])|^phân công(?![\\p{L}])");

    /** Whether a heading is over who does what, so that its lines are read as unit assignments. */
    static boolean carriesOut(String heading) {
        return CARRIES_OUT.matcher(heading.strip()).find();
    }

    /**
     * Under {@code Tổ chức thực hiện}, the lines that give a unit its duties (a bullet or a numbered
     * paragraph "unit + duty", a numbered unit heading with bullets under it) as unit assignments;
     * what reads otherwise stays as it was. Consecutive ones make one list.
     */
    private List<Object> assignments(boolean carriesOut, List<Object> blocks) {
        if (!carriesOut) {
            return blocks;
        }
        List<Object> out = new ArrayList<>();
        List<UnitAssignment> run = new ArrayList<>();
        for (Object o : blocks) {
            List<UnitAssignment> made = assignmentsOf(o);
            if (made != null) {
                run.addAll(made);
                continue;
            }
            endRun(run, out);
            out.add(o);
        }
        endRun(run, out);
        return out;
    }

    private static void endRun(List<UnitAssignment> run, List<Object> out) {
        if (!run.isEmpty()) {
            out.add(new AssignmentList(List.copyOf(run)));
            run.clear();
        }
    }

    private List<UnitAssignment> assignmentsOf(Object o) {
        List<UnitAssignment> out = new ArrayList<>();
        if (o instanceof PendingBullets b && !ListKinds.arePhases(b.items())) {
            for (String item : b.items()) {
                UnitAssignment a = UnitAssignments.runIn(b.marker(), item);
                if (a == null) {
                    return null;
                }
                out.add(a);
            }
        } else if (o instanceof Paragraph p && !p.text().strip().endsWith(":")) {
            // An unnumbered paragraph written as a unit and its duty ("Đề nghị các đơn vị trong Khối ... tích cực
            // phối hợp ..."); one that ends with a colon leads in to what follows and is no duty of its own.
            UnitAssignment a = UnitAssignments.runIn(null, p.text());
            if (a == null) {
                return null;
            }
            out.add(a);
        } else if (o instanceof Node child && child.heading == null && child.blocks.size() == 1
                && child.blocks.get(0) instanceof Paragraph p) {
            UnitAssignment a = UnitAssignments.runIn(child.number, p.text());
            if (a == null) {
                return null;
            }
            out.add(a);
        } else if (o instanceof Node child && child.heading != null && !child.blocks.isEmpty()
                && child.blocks.get(0) instanceof PendingBullets b
                && child.blocks.stream().skip(1).allMatch(x -> x instanceof Paragraph)
                && inlineTasks(child).stream().noneMatch(x -> x instanceof PendingTasks)) {
            List<String> duties = new ArrayList<>(b.items());
            // A paragraph after the last duty, with no bullet of its own, goes on with that duty.
            for (Object x : child.blocks.subList(1, child.blocks.size())) {
                duties.set(duties.size() - 1, duties.get(duties.size() - 1) + " " + ((Paragraph) x).text());
            }
            UnitAssignment a = UnitAssignments.headed(child.number, child.heading, b.marker(), duties);
            if (a == null) {
                return null;
            }
            out.add(a);
        } else {
            return null;
        }
        for (UnitAssignment a : out) {
            review.on(a, "", "'" + PlanRecognizer.shorten(a.heading()) + "' read as the duties of " + a.units() + " ("
                    + a.directive() + ")", 0.6, "a paragraph or a list");
        }
        return out;
    }

    private Section toSection(Node node, boolean underCarriesOut) {
        List<Block> blocks = new ArrayList<>();
        String heading = node.heading;
        // What a section under "Tổ chức thực hiện" holds is read as assignments too ("2. Trách nhiệm ..." / "a) Sở Nội vụ: ...").
        boolean carriesOut = underCarriesOut || heading != null && carriesOut(heading);
        for (Object o : assignments(carriesOut, proseTasks(node, reviewAfterPhases(inlineTasks(node))))) {
            if (o instanceof Node child) {
                blocks.add(toSection(child, carriesOut));
            } else if (o instanceof PendingBullets b) {
                blocks.addAll(ListKinds.bullets(b.marker(), b.items(), heading, year, provinceDays, review));
            } else if (o instanceof PendingTasks p) {
                blocks.add(new TaskList(p.layout(), p.columns(), p.fields(), p.marker(), p.tasks()));
            } else {
                blocks.add((Block) o);
            }
        }
        Grouping grouping = null;
        if (heading != null) {
            Matcher q = QUARTER_HEADING.matcher(heading);
            if (q.matches()) {
                grouping = new Grouping(GroupingKind.QUARTER, switch (q.group(1).toUpperCase(Locale.ROOT)) {
                    case "I" -> 1;
                    case "II" -> 2;
                    case "III" -> 3;
                    default -> 4;
                });
            }
        }
        Section section = new Section(node.number, heading, grouping, blocks);
        if (node.number != null && heading != null && !PlanRecognizer.isUpper(heading) && node.style != Numbered.Style.ROMAN) {
            review.on(section, "/heading", "'" + PlanRecognizer.shorten(heading) + "' read as a heading", 0.7,
                    "a paragraph the number runs into");
        }
        return section;
    }
}
