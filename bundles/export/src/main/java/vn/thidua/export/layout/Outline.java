package vn.thidua.export.layout;

import java.text.Normalizer;
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
import vn.thidua.plan.LegalBasis;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Preamble;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.Recipients;
import vn.thidua.plan.ScoreRow;
import vn.thidua.plan.ScoringTable;
import vn.thidua.plan.Section;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.UnitAssignment;
import vn.thidua.plan.text.ReadingOrder;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/**
 * A plan as the elements of an official document (Nghị định 30/2020, Phụ lục I), in document order,
 * with every string in NFC. Its {@link #lines()} are the plan's reading-order text, so every format
 * built from it says what {@link ReadingOrder} says, only laid out.
 *
 * @param parent the parent agency line over the issuing agency, or null
 * @param agency the issuing agency (ô 2)
 * @param agencyLines the agency as the document writes it: one line, or its name over two
 *     ({@code ỦY BAN NHÂN DÂN} / {@code TỈNH TUYÊN QUANG})
 * @param number {@code Số: 08/KH-TDMNPB} (ô 3), or null
 * @param placeAndDate the place and date line (ô 4), or null
 * @param documentType {@code KẾ HOẠCH} (ô 5a)
 * @param summary the summary line (trích yếu)
 * @param bases the legal bases, one line each (or one run-on paragraph), set in italics
 * @param body the introduction, the sections and the closing paragraphs (ô 6)
 * @param recipients the recipient list (ô 9a, 9b), or null
 * @param signature the signature block (ô 7a–7c)
 * @param appendices the appendices after the signature (phụ lục), each its label, heading lines and body
 */
public record Outline(
        String parent,
        String agency,
        List<String> agencyLines,
        String number,
        String placeAndDate,
        String documentType,
        String summary,
        List<String> bases,
        List<Piece> body,
        RecipientBlock recipients,
        SignatureBlock signature,
        List<AppendixBlock> appendices) {

    public Outline {
        agencyLines = List.copyOf(agencyLines);
        appendices = List.copyOf(appendices);
    }

    /** An outline as version 1.0 of this package had it: the agency on one line, no appendices. */
    public Outline(String parent, String agency, String number, String placeAndDate, String documentType, String summary,
            List<String> bases, List<Piece> body, RecipientBlock recipients, SignatureBlock signature) {
        this(parent, agency, List.of(agency), number, placeAndDate, documentType, summary, bases, body, recipients,
                signature, List.of());
    }

    /** An appendix after the signature: {@code PHỤ LỤC I}, the lines under it, then its body. */
    public record AppendixBlock(String label, List<String> headings, List<Piece> body) {

        public AppendixBlock {
            headings = List.copyOf(headings);
            body = List.copyOf(body);
        }
    }

    public static final String NATIONAL_TITLE = ReadingOrder.NATIONAL_TITLE;
    public static final String MOTTO = ReadingOrder.MOTTO;

    /**
     * {@code Nơi nhận:} and its lines (each with its {@code -} marker), then the electronic copies
     * under their own heading when there are any.
     */
    public record RecipientBlock(String heading, List<String> lines, String electronicHeading, List<String> electronic) {
    }

    /**
     * Authority lines ({@code KT. TRƯỞNG BAN}), the position, the signer's own office in a two-level
     * block (or null), and the name.
     */
    public record SignatureBlock(List<String> authorities, String position, String signerOffice, String name) {
    }

    public static Outline of(Plan plan) {
        List<String> bases = bases(plan.preamble());
        List<Piece> body = new ArrayList<>();
        plan.preamble().paragraphs().forEach(p -> body.add(new Piece.Text(null, nfc(p))));
        PlanWalk walk = PlanWalk.of(plan);
        for (Located<Block> block : walk.blocks()) {
            if (!block.inAppendix()) {
                block(block, body);
            }
        }
        plan.closing().forEach(p -> body.add(new Piece.Text(null, nfc(p))));
        List<AppendixBlock> appendices = new ArrayList<>();
        for (Located<Appendix> appendix : walk.appendices()) {
            List<Piece> inside = new ArrayList<>();
            String prefix = appendix.pointer() + "/";
            for (Located<Block> block : walk.blocks()) {
                if (block.pointer().startsWith(prefix)) {
                    block(block, inside);
                }
            }
            appendices.add(new AppendixBlock(nfc(appendix.value().label()),
                    appendix.value().headings().stream().map(Outline::nfc).toList(), inside));
        }
        return new Outline(
                nfc(plan.issuer().parent()),
                nfc(plan.issuer().agency()),
                plan.issuer().writtenAgency().stream().map(Outline::nfc).toList(),
                plan.number() == null ? null : nfc(plan.number().text()),
                plan.dateLine() == null ? null : nfc(plan.dateLine().text()),
                nfc(plan.documentType()),
                nfc(plan.summary()),
                bases,
                List.copyOf(body),
                plan.recipients() == null ? null : recipients(plan.recipients()),
                new SignatureBlock(
                        plan.signature().authorities().stream().map(Authority::line).map(Outline::nfc).toList(),
                        nfc(plan.signature().position()),
                        nfc(plan.signature().signerOffice()),
                        nfc(plan.signature().name())),
                appendices);
    }

    /** The document as plain lines in reading order, the letterhead first. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (parent != null) {
            out.add(parent);
        }
        out.addAll(agencyLines);
        out.add(NATIONAL_TITLE);
        out.add(MOTTO);
        if (number != null) {
            out.add(number);
        }
        if (placeAndDate != null) {
            out.add(placeAndDate);
        }
        out.add(documentType);
        out.add(summary);
        out.addAll(bases);
        body.forEach(p -> out.addAll(List.of(Piece.plain(p).split("\n"))));
        if (recipients != null) {
            out.add(recipients.heading());
            out.addAll(recipients.lines());
            if (recipients.electronicHeading() != null) {
                out.add(recipients.electronicHeading());
                out.addAll(recipients.electronic());
            }
        }
        out.addAll(signature.authorities());
        out.add(signature.position());
        if (signature.signerOffice() != null) {
            out.add(signature.signerOffice());
        }
        out.add(signature.name());
        for (AppendixBlock appendix : appendices) {
            out.add(appendix.label());
            out.addAll(appendix.headings());
            appendix.body().forEach(p -> out.addAll(List.of(Piece.plain(p).split("\n"))));
        }
        return out;
    }

    private static List<String> bases(Preamble preamble) {
        if (preamble.legalBases().isEmpty()) {
            return List.of();
        }
        switch (preamble.layout()) {
            case RUN_ON: {
                String joined = preamble.legalBases().stream().map(LegalBasis::text).collect(Collectors.joining(" "));
                return List.of(nfc(preamble.continuation() == null ? joined : joined + " " + preamble.continuation()));
            }
            default:
                return preamble.legalBases().stream().map(b -> nfc(marked(preamble.marker(), b.text()))).toList();
        }
    }

    /** A section's own line, a heading at its depth (1 for a top-level section), or its number run into its paragraph. */
    private static void section(Section section, int depth, List<Piece> out) {
        if (section.heading() != null) {
            out.add(new Piece.Heading(depth, nfc(section.number()), nfc(section.heading())));
        } else if (section.runIn() != null) {
            out.add(new Piece.Text(nfc(section.number()), nfc(section.runIn().text())));
        } else if (section.number() != null) {
            out.add(new Piece.Heading(depth, null, nfc(section.number())));
        }
    }

    private static void block(Located<Block> located, List<Piece> out) {
        Block block = located.value();
        if (block instanceof Section s) {
            section(s, located.depth() + 1, out);
        } else if (block instanceof Paragraph p) {
            if (!located.isRunIn()) {
                out.add(new Piece.Text(null, nfc(p.text())));
            }
        } else if (block instanceof BulletList l) {
            l.items().forEach(item -> out.add(new Piece.Item(nfc(l.marker()), null, nfc(item))));
        } else if (block instanceof TaskList l) {
            tasks(l, out);
        } else if (block instanceof TargetList l) {
            for (Target t : l.targets()) {
                out.add(new Piece.Item(nfc(t.ordinal() == null ? l.marker() : t.ordinal()), null, nfc(t.text())));
                t.notes().forEach(n -> out.add(new Piece.Text(null, nfc(n))));
            }
        } else if (block instanceof PhaseList l) {
            l.phases().forEach(p -> out.add(new Piece.Item(nfc(l.marker()), null, nfc(p.text()))));
        } else if (block instanceof AwardList l) {
            for (AwardProposal a : l.awards()) {
                out.add(new Piece.Item(nfc(a.ordinal() == null ? l.marker() : a.ordinal()), null, nfc(a.text())));
                a.notes().forEach(n -> out.add(new Piece.Text(null, nfc(n))));
            }
        } else if (block instanceof AssignmentList l) {
            l.assignments().forEach(a -> assignment(a, out));
        } else if (block instanceof ItemList l) {
            for (Item item : l.items()) {
                out.add(new Piece.Item(nfc(item.ordinal() == null ? l.marker() : item.ordinal()), null, nfc(item.text())));
                item.notes().forEach(n -> out.add(new Piece.Text(null, nfc(n))));
            }
        } else if (block instanceof ScoringTable t) {
            List<List<String>> rows = new ArrayList<>();
            for (ScoreRow row : t.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.ordinal() == null ? "" : nfc(row.ordinal()));
                cells.add(nfc(row.text()));
                cells.add(row.pointsText() == null ? "" : nfc(row.pointsText()));
                row.cells().forEach(c -> cells.add(nfc(c)));
                rows.add(cells);
            }
            out.add(new Piece.Table(t.columns().stream().map(Outline::nfc).toList(), rows));
        } else {
            throw new IllegalStateException("unknown block " + block.getClass());
        }
    }

    /** A unit's heading, numbered, with its first duty when that runs in; then its other duties as items. */
    private static void assignment(UnitAssignment unit, List<Piece> out) {
        List<Duty> duties = unit.duties();
        String head = unit.runIn() ? unit.heading() + " " + duties.get(0).text() : unit.heading();
        out.add(new Piece.Text(nfc(unit.ordinal()), nfc(head)));
        for (int i = unit.runIn() ? 1 : 0; i < duties.size(); i++) {
            out.add(new Piece.Item(nfc(unit.marker()), null, nfc(duties.get(i).text())));
        }
    }

    private static void tasks(TaskList list, List<Piece> out) {
        switch (list.layout()) {
            case TABLE: {
                List<List<String>> rows = new ArrayList<>();
                for (Task task : list.tasks()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(task.ordinal() == null ? "" : nfc(task.ordinal()));
                    // Notes belong to the task: they stay in its content cell, one line each.
                    List<String> content = new ArrayList<>();
                    content.add(task.content());
                    content.addAll(task.notes());
                    cells.add(nfc(String.join("\n", content)));
                    for (TaskField f : list.fields()) {
                        Labelled cell = task.field(f);
                        cells.add(cell == null || cell.text() == null ? "" : nfc(cell.text()));
                    }
                    rows.add(cells);
                }
                out.add(new Piece.Table(list.columns().stream().map(Outline::nfc).toList(), rows));
                break;
            }
            case FIELDS:
                for (Task task : list.tasks()) {
                    out.add(new Piece.Text(nfc(task.ordinal()), nfc(task.content())));
                    for (TaskField f : list.fields()) {
                        Labelled line = task.field(f);
                        if (line != null && line.text() != null) {
                            out.add(new Piece.Item(nfc(list.marker()), nfc(line.label()), nfc(line.text())));
                        }
                    }
                    task.notes().forEach(n -> out.add(new Piece.Text(null, nfc(n))));
                }
                break;
            default:
                out.add(new Piece.Text(null, nfc(marked(list.marker(),
                        list.tasks().stream().map(Task::content).collect(Collectors.joining(" "))))));
        }
    }

    private static RecipientBlock recipients(Recipients recipients) {
        return new RecipientBlock(
                nfc(recipients.heading()),
                recipients.entries().stream().map(Outline::line).toList(),
                nfc(recipients.electronicHeading()),
                recipients.electronic().stream().map(Outline::line).toList());
    }

    private static String line(Recipient recipient) {
        return nfc("- " + recipient.text());
    }

    private static String marked(String marker, String text) {
        return marker == null ? text : marker + " " + text;
    }

    /** Every string an exporter writes is NFC: renderers misplace decomposed Vietnamese marks. */
    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
