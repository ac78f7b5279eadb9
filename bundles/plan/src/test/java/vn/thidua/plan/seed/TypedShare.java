package vn.thidua.plan.seed;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

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
import vn.thidua.plan.Phase;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Preamble;
import vn.thidua.plan.Recipient;
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
import vn.thidua.plan.text.ReadingOrder;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/**
 * Where the words of a plan sit: in a typed element (a legal basis, a task, a unit's assignment, a
 * target, an award proposal, a criterion, participant, principle or standard, a phase, a row of a
 * scoring table, a recipient, the signature), in the frame that every document has (letterhead,
 * number, date line, type and summary, section numbers and headings, table headings, the "Nơi nhận:"
 * heading, an appendix's label and heading lines), or in untyped prose (paragraphs, bullet items,
 * introduction, closing, and the notes under an element unless the element types them: a target's
 * rate definition, an award's dossier or standard).
 *
 * <p>Each word is counted once, in the innermost element that holds it: the words of a schema 1
 * award proposal are inside its target's wording, so they count for the target, and the award only
 * for the number of awards. The three parts add up to the words of {@link ReadingOrder#render(Plan)},
 * which {@code TypedShareTest} checks, so a kind of block this class does not know cannot go
 * unseen.
 */
public final class TypedShare {

    /** The kinds of typed element, in the order the table prints them. */
    public enum Kind {
        LEGAL_BASIS("bases"), TASK("tasks"), ASSIGNMENT("units"), TARGET("targets"), AWARD("awards"),
        CRITERION("crit"), PARTICIPANT("partic"), PRINCIPLE("princ"), STANDARD("stand"), PHASE("phases"),
        SCORE_ROW("scores"), RECIPIENT("recip"), SIGNATURE("signers");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> words = new EnumMap<>(Kind.class);
    private int frame;
    private int untyped;

    private TypedShare(Plan plan) {
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0);
            words.put(kind, 0);
        }
        frame += words(plan.issuer().parent()) + words(String.join(" ", plan.issuer().writtenAgency()))
                + words(ReadingOrder.NATIONAL_TITLE) + words(ReadingOrder.MOTTO);
        frame += plan.number() == null ? 0 : words(plan.number().text());
        frame += plan.dateLine() == null ? 0 : words(plan.dateLine().text());
        frame += words(plan.documentType()) + words(plan.summary());
        preamble(plan.preamble());
        PlanWalk walk = PlanWalk.of(plan);
        for (Located<Block> block : walk.blocks()) {
            block(block);
        }
        for (Located<Appendix> appendix : walk.appendices()) {
            frame += words(appendix.value().label());
            appendix.value().headings().forEach(h -> frame += words(h));
        }
        plan.closing().forEach(p -> untyped += words(p));
        if (plan.recipients() != null) {
            frame += words(plan.recipients().heading()) + words(plan.recipients().electronicHeading());
            for (Recipient recipient : plan.recipients().all()) {
                typed(Kind.RECIPIENT, recipient.text());
            }
        }
        signature(plan.signature());
    }

    public static TypedShare of(Plan plan) {
        return new TypedShare(plan);
    }

    private void preamble(Preamble preamble) {
        for (LegalBasis basis : preamble.legalBases()) {
            typed(Kind.LEGAL_BASIS, basis.text());
        }
        untyped += words(preamble.continuation());
        preamble.paragraphs().forEach(p -> untyped += words(p));
    }

    private void block(Located<Block> located) {
        Block block = located.value();
        if (block instanceof Section section) {
            frame += words(section.number()) + words(section.heading());
        } else if (block instanceof Paragraph paragraph) {
            untyped += words(paragraph.text());
        } else if (block instanceof BulletList list) {
            list.items().forEach(item -> untyped += words(item));
        } else if (block instanceof TaskList list) {
            list.columns().forEach(c -> frame += words(c));
            for (Task task : list.tasks()) {
                task(list, task);
            }
        } else if (block instanceof TargetList list) {
            for (Target target : list.targets()) {
                typed(Kind.TARGET, target.ordinal(), target.text());
                counts.merge(Kind.AWARD, target.awards().size(), Integer::sum);
                for (String note : target.notes()) {
                    note(Kind.TARGET, note, target.definition() != null && note.equals(target.definition().text()));
                }
            }
        } else if (block instanceof PhaseList list) {
            for (Phase phase : list.phases()) {
                typed(Kind.PHASE, phase.text());
            }
        } else if (block instanceof AwardList list) {
            for (AwardProposal award : list.awards()) {
                typed(Kind.AWARD, award.ordinal(), award.text());
                for (String note : award.notes()) {
                    note(Kind.AWARD, note, award.standards().contains(note)
                            || award.dossier() != null && note.equals(award.dossier().text()));
                }
            }
        } else if (block instanceof AssignmentList list) {
            for (UnitAssignment unit : list.assignments()) {
                int inUnit = words(unit.ordinal()) + words(unit.heading());
                for (Duty duty : unit.duties()) {
                    inUnit += words(duty.text());
                }
                counts.merge(Kind.ASSIGNMENT, 1, Integer::sum);
                words.merge(Kind.ASSIGNMENT, inUnit, Integer::sum);
            }
        } else if (block instanceof ItemList list) {
            Kind kind = switch (list.kind()) {
                case CRITERION -> Kind.CRITERION;
                case PARTICIPANT -> Kind.PARTICIPANT;
                case PRINCIPLE -> Kind.PRINCIPLE;
                case STANDARD -> Kind.STANDARD;
            };
            for (Item item : list.items()) {
                typed(kind, item.ordinal(), item.text());
                item.notes().forEach(n -> untyped += words(n));
            }
        } else if (block instanceof ScoringTable table) {
            table.columns().forEach(c -> frame += words(c));
            for (ScoreRow row : table.rows()) {
                int inRow = words(row.ordinal()) + words(row.text()) + words(row.pointsText());
                for (String cell : row.cells()) {
                    inRow += words(cell);
                }
                counts.merge(Kind.SCORE_ROW, 1, Integer::sum);
                words.merge(Kind.SCORE_ROW, inRow, Integer::sum);
            }
        } else {
            throw new IllegalStateException("a block the typed-share report does not know: "
                    + block.getClass().getSimpleName() + " at " + located.pointer());
        }
    }

    private void task(TaskList list, Task task) {
        int inTask = words(task.ordinal()) + words(task.content());
        for (TaskField field : list.fields()) {
            Labelled value = task.field(field);
            if (value != null) {
                inTask += words(value.label()) + words(value.text());
            }
        }
        counts.merge(Kind.TASK, 1, Integer::sum);
        words.merge(Kind.TASK, inTask, Integer::sum);
        // notes are paragraphs the document writes under a task: prose, not typed
        task.notes().forEach(n -> untyped += words(n));
    }

    private void signature(Signature signature) {
        int inSignature = words(signature.position()) + words(signature.signerOffice()) + words(signature.name());
        for (Authority authority : signature.authorities()) {
            inSignature += words(authority.line());
        }
        counts.merge(Kind.SIGNATURE, 1, Integer::sum);
        words.merge(Kind.SIGNATURE, inSignature, Integer::sum);
    }

    private void typed(Kind kind, String text) {
        typed(kind, null, text);
    }

    /** An element written after its ordinal (or the list's marker, which holds no word). */
    private void typed(Kind kind, String ordinal, String text) {
        counts.merge(kind, 1, Integer::sum);
        words.merge(kind, words(ordinal) + words(text), Integer::sum);
    }

    /** A line under an element: typed with it when the element types what it says, prose otherwise. */
    private void note(Kind kind, String note, boolean typedByTheElement) {
        if (typedByTheElement) {
            words.merge(kind, words(note), Integer::sum);
        } else {
            untyped += words(note);
        }
    }

    /** Words of a text: runs between white space that hold at least one letter or digit. */
    public static int words(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    public Map<Kind, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public Map<Kind, Integer> wordsByKind() {
        return Collections.unmodifiableMap(words);
    }

    public int typedWords() {
        return words.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int frameWords() {
        return frame;
    }

    public int untypedWords() {
        return untyped;
    }

    public int totalWords() {
        return typedWords() + frame + untyped;
    }

    /** Typed words over all words, 0 to 1. */
    public double typedShare() {
        return totalWords() == 0 ? 0 : (double) typedWords() / totalWords();
    }

    /** Typed words over the words of the content, i.e. all words but the frame's, 0 to 1. */
    public double typedShareOfContent() {
        int content = typedWords() + untyped;
        return content == 0 ? 0 : (double) typedWords() / content;
    }
}
