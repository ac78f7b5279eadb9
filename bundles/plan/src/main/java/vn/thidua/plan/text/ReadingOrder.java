package vn.thidua.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.plan.Appendix;
import vn.thidua.plan.AssignmentList;
import vn.thidua.plan.Authority;
import vn.thidua.plan.AwardList;
import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.Block;
import vn.thidua.plan.BulletList;
import vn.thidua.plan.Duty;
import vn.thidua.plan.Item;
import vn.thidua.plan.ItemList;
import vn.thidua.plan.Labelled;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Preamble;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.Recipients;
import vn.thidua.plan.ScoreRow;
import vn.thidua.plan.ScoringTable;
import vn.thidua.plan.Section;
import vn.thidua.plan.Signature;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.UnitAssignment;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/**
 * A plan as plain text, one line per paragraph, in the order of the original document: letterhead,
 * number and date, type and summary, legal bases and introduction, sections, closing, recipients,
 * signature, then the appendices (label, heading lines, content). Tables are written one row per line with cells separated by tabs.
 */
public final class ReadingOrder {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private ReadingOrder() {
    }

    /** The whole document. */
    public static String render(Plan plan) {
        return String.join("\n", lines(plan, true)) + "\n";
    }

    /**
     * The lines of the document; without the letterhead (issuing body, Quốc hiệu and Tiêu ngữ), which
     * text extracted from a published plan often lacks.
     */
    public static List<String> lines(Plan plan, boolean withLetterhead) {
        List<String> out = new ArrayList<>();
        if (withLetterhead) {
            if (plan.issuer().parent() != null) {
                out.add(plan.issuer().parent());
            }
            out.addAll(plan.issuer().writtenAgency());
            out.add(NATIONAL_TITLE);
            out.add(MOTTO);
        }
        if (plan.number() != null) {
            out.add(plan.number().text());
        }
        if (plan.dateLine() != null) {
            out.add(plan.dateLine().text());
        }
        out.add(plan.documentType());
        out.add(plan.summary());
        preamble(plan.preamble(), out);
        PlanWalk walk = PlanWalk.of(plan);
        for (Located<Block> block : walk.blocks()) {
            if (!block.inAppendix()) {
                block(block, out);
            }
        }
        out.addAll(plan.closing());
        if (plan.recipients() != null) {
            recipients(plan.recipients(), out);
        }
        signature(plan.signature(), out);
        for (Located<Appendix> appendix : walk.appendices()) {
            out.add(appendix.value().label());
            out.addAll(appendix.value().headings());
            String inside = appendix.pointer() + "/";
            for (Located<Block> block : walk.blocks()) {
                if (block.pointer().startsWith(inside)) {
                    block(block, out);
                }
            }
        }
        return out;
    }

    private static void preamble(Preamble preamble, List<String> out) {
        if (!preamble.legalBases().isEmpty()) {
            switch (preamble.layout()) {
                case LINES -> preamble.legalBases().forEach(b -> out.add(marked(preamble.marker(), b.text())));
                case RUN_ON -> {
                    String joined = preamble.legalBases().stream().map(b -> b.text()).collect(Collectors.joining(" "));
                    out.add(preamble.continuation() == null ? joined : joined + " " + preamble.continuation());
                }
            }
        }
        out.addAll(preamble.paragraphs());
    }

    private static void block(Located<Block> located, List<String> out) {
        Block block = located.value();
        if (block instanceof Section s) {
            section(s, out);
        } else if (block instanceof Paragraph p) {
            if (!located.isRunIn()) {
                out.add(p.text());
            }
        } else if (block instanceof BulletList l) {
            l.items().forEach(item -> out.add(marked(l.marker(), item)));
        } else if (block instanceof TaskList l) {
            tasks(l, out);
        } else if (block instanceof TargetList l) {
            for (Target t : l.targets()) {
                out.add(marked(t.ordinal() == null ? l.marker() : t.ordinal(), t.text()));
                out.addAll(t.notes());
            }
        } else if (block instanceof PhaseList l) {
            l.phases().forEach(p -> out.add(marked(l.marker(), p.text())));
        } else if (block instanceof AwardList l) {
            for (AwardProposal a : l.awards()) {
                out.add(marked(a.ordinal() == null ? l.marker() : a.ordinal(), a.text()));
                out.addAll(a.notes());
            }
        } else if (block instanceof AssignmentList l) {
            l.assignments().forEach(a -> assignment(a, out));
        } else if (block instanceof ItemList l) {
            for (Item item : l.items()) {
                out.add(marked(item.ordinal() == null ? l.marker() : item.ordinal(), item.text()));
                out.addAll(item.notes());
            }
        } else if (block instanceof ScoringTable t) {
            out.add(String.join("\t", t.columns()));
            for (ScoreRow row : t.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.ordinal() == null ? "" : row.ordinal());
                cells.add(row.text());
                cells.add(row.pointsText() == null ? "" : row.pointsText());
                cells.addAll(row.cells());
                out.add(String.join("\t", cells));
            }
        } else {
            throw new IllegalStateException("unknown block " + block.getClass());
        }
    }

    /** The section's own line: its heading, or its number with the paragraph the number runs into. */
    private static void section(Section section, List<String> out) {
        if (section.heading() != null) {
            out.add(marked(section.number(), section.heading()));
        } else if (section.runIn() != null) {
            out.add(section.number() + " " + section.runIn().text());
        } else if (section.number() != null) {
            out.add(section.number());
        }
    }

    private static void tasks(TaskList list, List<String> out) {
        switch (list.layout()) {
            case TABLE -> {
                out.add(String.join("\t", list.columns()));
                for (Task task : list.tasks()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(task.ordinal() == null ? "" : task.ordinal());
                    cells.add(task.content());
                    for (TaskField f : list.fields()) {
                        Labelled cell = task.field(f);
                        cells.add(cell == null || cell.text() == null ? "" : cell.text());
                    }
                    out.add(String.join("\t", cells));
                    out.addAll(task.notes());
                }
            }
            case FIELDS -> {
                for (Task task : list.tasks()) {
                    out.add(task.ordinal() == null ? task.content() : task.ordinal() + " " + task.content());
                    for (TaskField f : list.fields()) {
                        Labelled line = task.field(f);
                        if (line != null && line.text() != null) {
                            out.add(marked(list.marker(), line.label() == null ? line.text() : line.label() + ": " + line.text()));
                        }
                    }
                    out.addAll(task.notes());
                }
            }
            case INLINE -> out.add(marked(list.marker(),
                    list.tasks().stream().map(Task::content).collect(Collectors.joining(" "))));
        }
    }

    /** The unit's heading (with its first duty when that runs in), then each other duty on its line. */
    private static void assignment(UnitAssignment unit, List<String> out) {
        String head = marked(unit.ordinal(), unit.heading());
        List<Duty> duties = unit.duties();
        int first = 0;
        if (unit.runIn()) {
            head = head + " " + duties.get(0).text();
            first = 1;
        }
        out.add(head);
        for (int i = first; i < duties.size(); i++) {
            out.add(marked(unit.marker(), duties.get(i).text()));
        }
    }

    private static void recipients(Recipients recipients, List<String> out) {
        out.add(recipients.heading());
        recipients.entries().forEach(r -> out.add(line(r)));
        if (recipients.electronicHeading() != null) {
            out.add(recipients.electronicHeading());
            recipients.electronic().forEach(r -> out.add(line(r)));
        }
    }

    private static String line(Recipient recipient) {
        return "- " + recipient.text();
    }

    private static void signature(Signature signature, List<String> out) {
        signature.authorities().stream().map(Authority::line).forEach(out::add);
        out.add(signature.position());
        if (signature.signerOffice() != null) {
            out.add(signature.signerOffice());
        }
        out.add(signature.name());
    }

    private static String marked(String marker, String text) {
        return marker == null ? text : marker + " " + text;
    }
}
