package vn.thidua.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.plan.Authority;
import vn.thidua.plan.Block;
import vn.thidua.plan.BulletList;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Preamble;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.Recipients;
import vn.thidua.plan.Section;
import vn.thidua.plan.Signature;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskList;

/**
 * A plan as plain text, one line per paragraph, in the order of the original document: letterhead,
 * number and date, type and summary, legal bases and introduction, sections, closing, recipients and
 * signature. Tables are written one row per line with cells separated by tabs.
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
            out.add(plan.issuer().agency());
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
        for (Section section : plan.sections()) {
            block(section, out);
        }
        out.addAll(plan.closing());
        if (plan.recipients() != null) {
            recipients(plan.recipients(), out);
        }
        signature(plan.signature(), out);
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

    private static void block(Block block, List<String> out) {
        if (block instanceof Section s) {
            section(s, out);
        } else if (block instanceof Paragraph p) {
            out.add(p.text());
        } else if (block instanceof BulletList l) {
            l.items().forEach(item -> out.add(marked(l.marker(), item)));
        } else if (block instanceof TaskList l) {
            tasks(l, out);
        } else if (block instanceof TargetList l) {
            l.targets().forEach(t -> out.add(marked(l.marker(), t.text())));
        } else if (block instanceof PhaseList l) {
            l.phases().forEach(p -> out.add(marked(l.marker(), p.text())));
        } else {
            throw new IllegalStateException("unknown block " + block.getClass());
        }
    }

    private static void section(Section section, List<String> out) {
        List<Block> blocks = section.blocks();
        int first = 0;
        if (section.heading() != null) {
            out.add(section.number() == null ? section.heading() : section.number() + " " + section.heading());
        } else if (!blocks.isEmpty() && blocks.get(0) instanceof Paragraph p) {
            // A numbered paragraph: the number runs into its first paragraph.
            out.add(section.number() + " " + p.text());
            first = 1;
        } else {
            out.add(section.number());
        }
        for (Block b : blocks.subList(first, blocks.size())) {
            block(b, out);
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
                        FieldText cell = field(task, f);
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
                        FieldText line = field(task, f);
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

    /** A task field as written: its label (when the document gives one) and its text; null when absent. */
    private record FieldText(String label, String text) {
    }

    private static FieldText field(Task task, TaskField field) {
        return switch (field) {
            case TIMING -> task.timing() == null ? null : new FieldText(task.timing().label(), task.timing().text());
            case PLACE -> task.place() == null ? null : new FieldText(task.place().label(), task.place().text());
            case LEAD -> task.lead() == null ? null : new FieldText(task.lead().label(), task.lead().text());
            case COORDINATION -> task.coordination() == null ? null
                    : new FieldText(task.coordination().label(), task.coordination().text());
        };
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
