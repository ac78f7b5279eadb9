package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.AwardProposalBuilder;
import vn.thidua.plan.AwardQuota;
import vn.thidua.plan.DateLineBuilder;
import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.GrowthBuilder;
import vn.thidua.plan.IssuingBodyBuilder;
import vn.thidua.plan.LegalBasis;
import vn.thidua.plan.PartialDate;
import vn.thidua.plan.Plan;
import vn.thidua.plan.QuantityBuilder;
import vn.thidua.plan.QuotaBound;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.RecipientKind;
import vn.thidua.plan.Section;
import vn.thidua.plan.SignatureBuilder;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.TaskListBuilder;
import vn.thidua.plan.Timing;
import vn.thidua.plan.TimingBuilder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.text.TimingParser;
import vn.thidua.rules.Finding;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/**
 * Injects one defect at a time into a seed plan (or a template's draft), validates it against the
 * pack in force for it, and checks that the defect is caught by the rule meant to catch it, at the
 * place of the defect, while the unchanged plan has no such finding. Prints the share caught.
 */
class RuleMutationTest {

    private static final String BG_2018 = "000_d3ad60d258665efa";
    private static final String BG_2024 = "001_b902e8c9f1ecfedd";
    private static final String BG_2020 = "002_d4688f34a2318412";
    private static final String GL_2023 = "003_44668950db2da263";
    private static final String HY_2024 = "004_a5c35aef69c6ea26";

    /** Gia Lai 2023: the quarters' task lists. */
    private static final String GL_Q1 = "/sections/2/blocks/0/blocks/0/tasks/";
    private static final String GL_Q3 = "/sections/2/blocks/2/blocks/0/tasks/";
    private static final String GL_Q3_PLACES = "/sections/2/blocks/2/blocks/1/tasks/";
    /** Hưng Yên 2024: the one task list. */
    private static final String HY_TASKS = "/sections/1/blocks/0/tasks/";
    /** Bắc Giang 2018: the task table. */
    private static final String BG18_TABLE = "/sections/1/blocks/0/blocks/0";
    /** Bắc Giang 2020: the tasks written in the text. */
    private static final String BG20_TASKS = "/sections/2/blocks/1/blocks/1/tasks/";
    private static final String BG20_PHASES = "/sections/1/blocks/2/blocks/2/phases/";
    /** Bắc Giang 2024: phases, socio-economic targets, the target with award proposals. */
    private static final String BG24_PHASES = "/sections/2/blocks/0/blocks/1/phases/";
    private static final String BG24_TARGETS = "/sections/1/blocks/1/blocks/0/targets/";
    private static final String BG24_AWARDS = "/sections/1/blocks/3/blocks/0/targets/2/awards/";

    private static PackCatalog catalog;

    /** A defect: where it comes from, how it is injected, and the rule that must catch it where. */
    record Defect(String name, String seed, UnaryOperator<Plan> inject, String ruleId, String pointer, Severity severity) {

        Defect(String name, String seed, UnaryOperator<Plan> inject, String ruleId, String pointer) {
            this(name, seed, inject, ruleId, pointer, Severity.ERROR);
        }
    }

    @BeforeAll
    static void load() {
        catalog = ShippedPacks.catalog();
    }

    static List<Defect> defects() {
        List<Defect> d = new ArrayList<>();
        // Sections
        d.add(new Defect("a required section missing (IV. CÁC GIẢI PHÁP CHỦ YẾU)", GL_2023,
                p -> PlanEdit.<Section>list(p, "/sections", l -> PlanEdit.without(l, 3)), "required-sections", "/sections"));
        d.add(new Defect("sections out of order (III before II)", GL_2023,
                p -> PlanEdit.<Section>list(p, "/sections", l -> PlanEdit.swapped(l, 1, 2)), "required-sections", "/sections/1"));
        d.add(new Defect("a section numbered wrongly (II. written III.)", HY_2024,
                p -> PlanEdit.section(p, "/sections/1", s -> s.number("III.")), "required-sections", "/sections/1/number"));
        d.add(new Defect("a section the province does not write", HY_2024,
                p -> PlanEdit.<Section>list(p, "/sections", l -> PlanEdit.inserted(l, 3, new Section("IV.", "KINH PHÍ", null,
                        List.of(new vn.thidua.plan.Paragraph("Từ nguồn kinh phí thi đua, khen thưởng của Ban."))))),
                "required-sections", "/sections/3/heading"));
        // Number, symbol, date line, issuer
        d.add(new Defect("a number without its leading zero (8 for 08)", BG_2018,
                p -> PlanEdit.plan(p, b -> b.number(new DocumentNumber("8", "KH-TDMNPB", null))), "number-format",
                "/number/number"));
        d.add(new Defect("a malformed symbol (KH BQLKKT)", GL_2023,
                p -> PlanEdit.plan(p, b -> b.number(new DocumentNumber(null, "KH BQLKKT", null))), "number-format",
                "/number/symbol"));
        d.add(new Defect("another agency's symbol (KH-KCN in Hưng Yên)", HY_2024,
                p -> PlanEdit.plan(p, b -> b.number(new DocumentNumber(null, "KH-KCN", null))), "number-format",
                "/number/symbol"));
        d.add(new Defect("no number and symbol where the 2024 pack requires them", BG_2024,
                p -> PlanEdit.plan(p, b -> b.number(null)), "number-format", "/number"));
        d.add(new Defect("no number nor date line in a 2018 plan (a warning)", BG_2018,
                p -> PlanEdit.plan(p, b -> b.number(null)), "header-present", "", Severity.WARNING));
        d.add(new Defect("an issue date in the wrong year (3/2022 on a 2023 plan)", GL_2023,
                p -> PlanEdit.plan(p, b -> b.dateLine(DateLineBuilder.builder(p.dateLine())
                        .date(new PartialDate(null, 3, 2022)).text(null).build())), "issue-date", "/dateLine/date"));
        d.add(new Defect("an issue date late in the year after the plan year", BG_2018,
                p -> PlanEdit.plan(p, b -> b.dateLine(DateLineBuilder.builder(p.dateLine())
                        .date(new PartialDate(null, 12, 2019)).text(null).build())), "issue-date", "/dateLine/date"));
        d.add(new Defect("another province's place name (Kon Tum)", GL_2023,
                p -> PlanEdit.plan(p, b -> b.dateLine(DateLineBuilder.builder(p.dateLine()).place("Kon Tum").text(null)
                        .build())), "place-name", "/dateLine/place"));
        d.add(new Defect("another agency (the industrial-park board in Gia Lai)", GL_2023,
                p -> PlanEdit.plan(p, b -> b.issuer(IssuingBodyBuilder.builder(p.issuer())
                        .agency("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP").build())), "issuer", "/issuer/agency"));
        // Deadlines
        d.add(new Defect("a deadline before the plan year (20/12/2023 on a 2024 plan)", HY_2024,
                p -> retime(p, HY_TASKS + 0, "trước ngày 20/12/2023."), "deadline-in-plan-window",
                HY_TASKS + "0/timing/to"));
        d.add(new Defect("a deadline after the plan's window (30/6/2025 on a 2024 plan)", HY_2024,
                p -> retime(p, HY_TASKS + 3, "trong tháng 6/2025."), "deadline-in-plan-window", HY_TASKS + "3/timing/from"));
        d.add(new Defect("a tentative time after the plan's window (dự kiến tháng 4/2024 on a 2023 plan)", GL_2023,
                p -> retime(p, GL_Q3_PLACES + 0, "Dự kiến trong tháng 4/2024."), "deadline-in-plan-window",
                GL_Q3_PLACES + "0/timing/from"));
        d.add(new Defect("a deadline in the wrong quarter (25/10 under Nhiệm vụ quý III)", GL_2023,
                p -> retime(p, GL_Q3 + 0, "Trước ngày 25/10/2023."), "deadline-in-quarter", GL_Q3 + "0/timing/to"));
        d.add(new Defect("a time written Quý II whose dates are those of quý III", BG_2018,
                p -> PlanEdit.task(p, BG18_TABLE + "/tasks/0", t -> t.timing(TimingBuilder.builder(t.timing())
                        .from(LocalDate.of(2018, 7, 1)).to(LocalDate.of(2018, 9, 30)).build())),
                "deadline-in-quarter", BG18_TABLE + "/tasks/0/timing"));
        d.add(new Defect("an impossible date written in a deadline (31/4)", HY_2024,
                p -> PlanEdit.task(p, HY_TASKS + 1, t -> t.timing(TimingBuilder.builder(t.timing())
                        .text("trước ngày 31/4/2024.").to(LocalDate.of(2024, 4, 30)).build())),
                "written-dates", HY_TASKS + "1/timing/text"));
        d.add(new Defect("a deadline whose date is not the one written", GL_2023,
                p -> PlanEdit.task(p, GL_Q1 + 0, t -> t.timing(TimingBuilder.builder(t.timing())
                        .to(LocalDate.of(2023, 3, 3)).build())), "written-dates", GL_Q1 + "0/timing/to"));
        d.add(new Defect("a registration due after the standard deadline (15/5 for 30/4)", BG_2020,
                p -> retime(p, BG20_TASKS + 0, "trước ngày 15/5/2020"), "standard-deadlines", BG20_TASKS + "0/timing/to"));
        d.add(new Defect("award dossiers due after the standard deadline (15/3 for 28/2)", BG_2018,
                p -> retime(p, BG18_TABLE + "/tasks/7", "Trước ngày 15/3/2019"), "standard-deadlines",
                BG18_TABLE + "/tasks/7/timing/to"));
        // Tasks
        d.add(new Defect("a Hưng Yên task without its lead unit", HY_2024,
                p -> PlanEdit.task(p, HY_TASKS + 2, t -> t.lead(null)), "task-fields", HY_TASKS + "2/lead"));
        d.add(new Defect("a Hưng Yên task without its coordinating units", HY_2024,
                p -> PlanEdit.task(p, HY_TASKS + 4, t -> t.coordination(null)), "task-fields", HY_TASKS + "4/coordination"));
        d.add(new Defect("a Gia Lai task without its time", GL_2023,
                p -> PlanEdit.task(p, GL_Q3 + 0, t -> t.timing(null)), "task-fields", GL_Q3 + "0/timing"));
        d.add(new Defect("a task table with other column headings", BG_2018,
                p -> PlanEdit.at(p, BG18_TABLE, TaskList.class, l -> TaskListBuilder.builder(l)
                        .columns(List.of("STT", "Nội dung", "Thời gian", "Đơn vị thực hiện")).build()),
                "task-layout", BG18_TABLE + "/columns"));
        d.add(new Defect("a lead written under another label (Đơn vị thực hiện)", HY_2024,
                p -> PlanEdit.task(p, HY_TASKS + 0, t -> t.lead(vn.thidua.plan.AssignmentBuilder.builder(t.lead())
                        .label("Đơn vị thực hiện").build())), "task-layout", HY_TASKS + "0/lead/label"));
        // Phases and anniversaries
        d.add(new Defect("overlapping phases (đợt 2 from 15/6)", BG_2024,
                p -> repeat(p, BG24_PHASES + 1, "Từ 15/6/2024 đến kết thúc năm 2024"), "phase-coverage",
                BG24_PHASES + "1/period/from"));
        d.add(new Defect("a gap between phases (đợt 2 from 15/7)", BG_2020,
                p -> repeat(p, BG20_PHASES + 1, "Từ ngày 15/7/2020 đến 31/12"), "phase-coverage",
                BG20_PHASES + "1/period/from"));
        d.add(new Defect("phases that stop before the year ends (30/11)", BG_2024,
                p -> repeat(p, BG24_PHASES + 1, "Từ 01/7/2024 đến 30/11/2024"), "phase-coverage", BG24_PHASES + "1/period/to"));
        d.add(new Defect("a yearly Bắc Giang plan without phases", BG_2024,
                p -> PlanEdit.<vn.thidua.plan.Block>list(p, "/sections/2/blocks/0/blocks", l -> PlanEdit.without(l, 1)),
                "phase-coverage", "/sections"));
        d.add(new Defect("an anniversary outside its phase (Quốc khánh 2/9 in đợt 1)", BG_2024,
                p -> PlanEdit.<Anniversary>list(p, BG24_PHASES + "0/anniversaries",
                        l -> PlanEdit.inserted(l, l.size(), new Anniversary("Ngày Quốc khánh", 2, 9, 1945, "02/9"))),
                "phase-anniversaries", BG24_PHASES + "0/anniversaries/7"));
        d.add(new Defect("an anniversary on the wrong day (sinh Chủ tịch Hồ Chí Minh 20/5)", BG_2024,
                p -> PlanEdit.<Anniversary>list(p, BG24_PHASES + "0/anniversaries", l -> PlanEdit.replaced(l, 5,
                        new Anniversary(l.get(5).name(), 20, 5, l.get(5).eventYear(), "20/5"))),
                "anniversary-dates", BG24_PHASES + "0/anniversaries/5"));
        // Targets and awards
        d.add(new Defect("a socio-economic target without value and unit", BG_2024,
                p -> PlanEdit.target(p, BG24_TARGETS + 2, t -> t.quantity(null).description(null)), "target-quantities",
                BG24_TARGETS + "2/quantity"));
        d.add(new Defect("a target value that is not the number written (540.000 read as 54.000)", BG_2024,
                p -> PlanEdit.target(p, BG24_TARGETS + 3, t -> t.quantity(QuantityBuilder.builder(t.quantity())
                        .value(new java.math.BigDecimal("54000")).build())), "target-quantities",
                BG24_TARGETS + "3/quantity/value"));
        d.add(new Defect("a growth against the wrong base year (2022 in a 2024 plan)", BG_2024,
                p -> PlanEdit.target(p, BG24_TARGETS + 3, t -> t.growth(GrowthBuilder.builder(t.growth()).baseYear(2022)
                        .build())), "target-quantities", BG24_TARGETS + "3/growth/baseYear"));
        d.add(new Defect("an award form of the 2003 law proposed in 2024 (Huy hiệu)", BG_2024,
                p -> award(p, 0, a -> a.form("Huy hiệu")), "award-forms", BG24_AWARDS + "0/form"));
        d.add(new Defect("an award form no law has (Bằng công nhận)", BG_2024,
                p -> award(p, 1, a -> a.form("Bằng công nhận")), "award-forms", BG24_AWARDS + "1/form"));
        d.add(new Defect("a quota of zero", BG_2024,
                p -> award(p, 1, a -> a.quotas(List.of(new AwardQuota(QuotaBound.AT_LEAST, java.math.BigDecimal.ZERO, null,
                        RecipientKind.COLLECTIVE, null, "ít nhất 0 tập thể")))), "award-quotas",
                BG24_AWARDS + "1/quotas/0/value"));
        // Signature, recipients, expressions
        d.add(new Defect("a signer title the pack does not allow (GIÁM ĐỐC)", GL_2023,
                p -> PlanEdit.plan(p, b -> b.signature(SignatureBuilder.builder(p.signature()).position("GIÁM ĐỐC").build())),
                "signer-title", "/signature/position"));
        d.add(new Defect("a deputy signing without KT.", GL_2023,
                p -> PlanEdit.plan(p, b -> b.signature(SignatureBuilder.builder(p.signature()).position("PHÓ TRƯỞNG BAN")
                        .build())), "signer-title", "/signature/authorities"));
        d.add(new Defect("recipients that do not end with the archive line", GL_2023,
                p -> PlanEdit.<Recipient>list(p, "/recipients/entries", l -> PlanEdit.swapped(l, 0, l.size() - 1)),
                "recipients-archive", "/recipients/entries/7"));
        d.add(new Defect("recipients without an archive line", HY_2024,
                p -> PlanEdit.<Recipient>list(p, "/recipients/entries", l -> PlanEdit.without(l, l.size() - 1)),
                "recipients-archive", "/recipients/entries/4"));
        d.add(new Defect("a summary that does not name the plan year", GL_2023,
                p -> PlanEdit.plan(p, b -> b.summary("Triển khai công tác thi đua, khen thưởng")), "summary-names-year", ""));
        d.add(new Defect("a themed plan without its theme", HY_2024,
                p -> PlanEdit.plan(p, b -> b.theme(null)), "theme-named", ""));
        return d;
    }

    /** Defects injected into a template's draft, where no seed has the circumstances. */
    static List<Defect> draftDefects() {
        return List.of(new Defect("Nghị định 98/2023 cited in a 2026 plan (replaced from 1/7/2025)", "gia-lai 2026",
                p -> PlanEdit.<LegalBasis>list(p, "/preamble/legalBases", l -> PlanEdit.inserted(l, 1, new LegalBasis(
                        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;", "Căn cứ", "Nghị định",
                        "98/2023/NĐ-CP", LocalDate.of(2023, 12, 31), "Chính phủ", null))),
                "superseded-decree", "/preamble/legalBases/1"));
    }

    @Test
    void everyInjectedDefectIsCaughtByItsRule() {
        List<String> missed = new ArrayList<>();
        List<String> wrongValidity = new ArrayList<>();
        List<Defect> all = new ArrayList<>(defects());
        all.addAll(draftDefects());
        for (Defect defect : all) {
            Plan original = original(defect.seed());
            Plan broken = defect.inject().apply(original);
            // The pack of the unchanged plan: a defect in the date must meet the rules of the plan's pack, not select none.
            RulePack pack = catalog.inForce(original.province().code(), vn.thidua.rules.IssuerKinds.of(original), original.kind(),
                    PlanDates.dateOf(original)).orElseThrow(() -> new AssertionError("no pack for the plan of '" + defect.name() + "'"));
            ValidationReport before = pack.validate(original);
            ValidationReport after = pack.validate(broken);
            assertThat(before.findings()).as("the unchanged plan of '%s' already has the finding", defect.name())
                    .noneMatch(f -> matches(f, defect));
            boolean caught = after.findings().stream().anyMatch(f -> matches(f, defect));
            System.out.printf(Locale.ROOT, "%-6s %-85s %-24s %s%n", caught ? "caught" : "MISSED", defect.name(),
                    defect.ruleId(), caught ? "" : after.findings().stream().map(f -> f.ruleId() + " " + f.pointer())
                            .toList());
            if (caught) {
                after.findings().stream().filter(f -> matches(f, defect))
                        .forEach(f -> Pointers.assertResolves(broken, f.pointer()));
            } else {
                missed.add(defect.name() + " (" + defect.ruleId() + " at " + defect.pointer() + ")");
            }
            if (after.valid() != (defect.severity() != Severity.ERROR)) {
                wrongValidity.add(defect.name());
            }
        }
        int caught = all.size() - missed.size();
        System.out.printf(Locale.ROOT, "caught %d/%d (%d%%)%n", caught, all.size(), 100 * caught / all.size());
        assertThat(missed).as("defects no rule caught").isEmpty();
        assertThat(wrongValidity).as("plans whose validity the defect's severity does not explain").isEmpty();
    }

    private static boolean matches(Finding finding, Defect defect) {
        return finding.ruleId().equals(defect.ruleId()) && finding.pointer().equals(defect.pointer())
                && finding.severity() == defect.severity();
    }

    private static Plan original(String seed) {
        if (seed.matches("[a-z-]+ \\d{4}")) {
            String[] parts = seed.split(" ");
            int year = Integer.parseInt(parts[1]);
            return catalog.forDraft(parts[0], vn.thidua.plan.IssuerKind.BOARD, vn.thidua.plan.PlanKind.YEARLY, year).orElseThrow().draft(year);
        }
        return Fixtures.plan(seed);
    }

    /** The task's time rewritten as the author would write it, parsed as the importer parses it. */
    private static Plan retime(Plan plan, String task, String text) {
        return PlanEdit.task(plan, task, t -> t.timing(parsed(t.timing(), text, plan.year())));
    }

    /** The phase's period rewritten, parsed as the importer parses it. */
    private static Plan repeat(Plan plan, String phase, String text) {
        return PlanEdit.phase(plan, phase, p -> p.period(parsed(p.period(), text, plan.year())));
    }

    private static Timing parsed(Timing old, String text, int year) {
        return TimingParser.parse(old == null ? null : old.label(), text, year);
    }

    private static Plan award(Plan plan, int index, UnaryOperator<AwardProposalBuilder> edit) {
        return PlanEdit.at(plan, BG24_AWARDS + index, AwardProposal.class, a -> edit.apply(AwardProposalBuilder.builder(a))
                .build());
    }
}
