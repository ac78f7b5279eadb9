package vn.thidua.rules.internal.descriptor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.RecipientKind;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskLayout;
import vn.thidua.rules.Severity;

/**
 * A rule-pack descriptor as written (YAML or JSON), bound strictly: unknown fields are refused. The
 * published schema is {@code /vn/thidua/rules/rulepack.schema.json}; the README of the rules
 * bundle documents every field.
 *
 * @param format   the descriptor format, 1
 * @param pack     identity and period
 * @param issuer   issuing-body defaults and what is accepted
 * @param outline  the top-level sections the province writes, in order
 * @param outlineNumbering how the outline's sections are numbered when an entry gives no number
 *                 (default {@link OutlineNumbering#ROMAN}: {@code I.}, {@code II.} …)
 * @param tasks    how the province lays out tasks
 * @param calendar anniversaries, the province's day, standard deadlines
 * @param awards   award forms under each law, quotas
 * @param defaults legal bases, recipients, signature and signer titles the template starts from
 * @param rules    the validation rules
 * @param template the plan the template drafts (plan JSON with {@code {year}} placeholders)
 * @param windows  the window of a plan kind when it is not the calendar year (a campaign from a start
 *                 date until an event, possibly in the next year)
 * @param templates the template of a plan kind when it is not {@code template}
 */
public record PackDescriptor(
        @JsonProperty(required = true) int format,
        @JsonProperty(required = true) Identity pack,
        @JsonProperty(required = true) Issuer issuer,
        List<OutlineSection> outline,
        OutlineNumbering outlineNumbering,
        TaskLayoutSpec tasks,
        CalendarSpec calendar,
        AwardsSpec awards,
        Defaults defaults,
        @JsonProperty(required = true) List<RuleSpec> rules,
        @JsonProperty(required = true) ObjectNode template,
        Map<PlanKind, WindowSpec> windows,
        Map<PlanKind, ObjectNode> templates) {

    public PackDescriptor {
        outlineNumbering = outlineNumbering == null ? OutlineNumbering.ROMAN : outlineNumbering;
        outline = outline == null ? List.of() : numbered(outline, outlineNumbering);
        windows = windows == null ? Map.of() : Map.copyOf(windows);
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        calendar = calendar == null ? new CalendarSpec(null, null, null) : calendar;
        awards = awards == null ? new AwardsSpec(null, null) : awards;
        defaults = defaults == null ? new Defaults(null, null, null, null) : defaults;
        rules = List.copyOf(rules);
    }

    /** The plan kinds a pack covers when its descriptor names none: the yearly, themed and bloc plans of a board. */
    public static final List<PlanKind> DEFAULT_KINDS = List.of(PlanKind.YEARLY, PlanKind.THEMED, PlanKind.BLOC);

    /** The same descriptor with other rules: a check compiles each rule on its own to name every broken one. */
    public PackDescriptor withRules(List<RuleSpec> others) {
        return new PackDescriptor(format, pack, issuer, outline, outlineNumbering, tasks, calendar, awards, defaults,
                others, template, windows, templates);
    }

    /** The template of a plan kind: its own, else the pack's {@code template}. */
    public ObjectNode template(PlanKind kind) {
        return templates.getOrDefault(kind, template);
    }

    /** The window of a plan kind, if the descriptor sets one. */
    public java.util.Optional<WindowSpec> window(PlanKind kind) {
        return java.util.Optional.ofNullable(windows.get(kind));
    }

    private static List<OutlineSection> numbered(List<OutlineSection> outline, OutlineNumbering style) {
        List<OutlineSection> out = new java.util.ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            OutlineSection s = outline.get(i);
            out.add(s == null || s.number() != null ? s : new OutlineSection(style.number(i + 1), s.heading(), s.accept()));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * @param issuerKind the kind of body whose plans the pack is for (default {@link IssuerKind#BOARD})
     * @param kinds      the plan kinds it covers (default {@link #DEFAULT_KINDS})
     * @param succeeds   code of a province this one took over after a merger, or null
     */
    public record Identity(
            @JsonProperty(required = true) ProvinceSpec province,
            IssuerKind issuerKind,
            List<PlanKind> kinds,
            @JsonProperty(required = true) String version,
            @JsonProperty(required = true) LocalDate validFrom,
            LocalDate validTo,
            String succeeds,
            String title) {

        public Identity {
            issuerKind = issuerKind == null ? IssuerKind.BOARD : issuerKind;
            kinds = kinds == null || kinds.isEmpty() ? DEFAULT_KINDS : List.copyOf(new java.util.LinkedHashSet<>(kinds));
        }
    }

    /** How the top-level sections of the outline are numbered when an entry gives no number. */
    public enum OutlineNumbering {
        /** {@code I.}, {@code II.}, {@code III.} … (most plans). */
        ROMAN,
        /** {@code 1.}, {@code 2.}, {@code 3.} … */
        ARABIC,
        /** {@code A.}, {@code B.}, {@code C.} … */
        LETTER,
        /** {@code Phần I}, {@code Phần II} … (Nghị định 30/2020's "Phần" headings). */
        PART;

        /** The number of the {@code ordinal}-th section (from 1). */
        public String number(int ordinal) {
            return switch (this) {
                case ROMAN -> roman(ordinal) + ".";
                case ARABIC -> ordinal + ".";
                case LETTER -> (char) ('A' + ordinal - 1) + ".";
                case PART -> "Phần " + roman(ordinal);
            };
        }

        private static String roman(int n) {
            String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
            String[] tens = {"", "X", "XX", "XXX", "XL", "L"};
            return tens[n / 10] + units[n % 10];
        }
    }

    /**
     * The window of a plan kind: its tasks and phases fall from {@code from} to {@code to}, days of the
     * year relative to the plan year as {@code calendar.deadlines} writes them ({@code 03-01},
     * {@code +1-05-19}); a draft of that kind is dated in the month {@code from} falls in.
     *
     * @param event what the window runs until, for people ({@code Ngày sinh Chủ tịch Hồ Chí Minh 19/5})
     */
    public record WindowSpec(
            @JsonProperty(required = true) String from,
            @JsonProperty(required = true) String to,
            String event) {
    }

    public record ProvinceSpec(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name) {
    }

    /**
     * @param parent   the parent line the template writes ({@code UBND TỈNH GIA LAI})
     * @param agency   the agency line the template writes
     * @param symbol   the symbol the template writes ({@code KH-BQLKKT})
     * @param place    the place name of the date line
     * @param numberDigits the digits of a document number when it has a fixed width ({@code 4}: {@code 0012/KH-UBND});
     *                 absent: two digits or more (Nghị định 30/2020: below 10 with a leading zero)
     * @param parents  parent lines accepted (default: {@code parent})
     * @param agencies agency lines accepted (default: {@code agency})
     * @param symbols  symbols accepted (default: {@code symbol})
     * @param places   place names accepted (default: {@code place})
     */
    public record Issuer(
            String parent,
            @JsonProperty(required = true) String agency,
            @JsonProperty(required = true) String symbol,
            @JsonProperty(required = true) String place,
            Integer numberDigits,
            List<String> parents,
            List<String> agencies,
            List<String> symbols,
            List<String> places) {

        public Issuer {
            parents = orDefault(parents, parent);
            agencies = orDefault(agencies, agency);
            symbols = orDefault(symbols, symbol);
            places = orDefault(places, place);
        }

        private static List<String> orDefault(List<String> values, String value) {
            if (values != null && !values.isEmpty()) {
                return List.copyOf(values);
            }
            return value == null ? List.of() : List.of(value);
        }
    }

    /**
     * @param number the section's number as written ({@code I.}); absent: from {@code outlineNumbering}
     * @param accept other headings accepted for this section (regular expressions, matched whole, case-insensitively)
     */
    public record OutlineSection(
            String number,
            @JsonProperty(required = true) String heading,
            List<String> accept) {

        public OutlineSection {
            accept = accept == null ? List.of() : List.copyOf(accept);
        }
    }

    /**
     * @param layouts  layouts the province uses
     * @param columns  the table's column headings, for {@link TaskLayout#TABLE}
     * @param required fields every task must have
     * @param labels   labels accepted for each field, for {@link TaskLayout#FIELDS}
     */
    public record TaskLayoutSpec(
            List<TaskLayout> layouts,
            List<String> columns,
            List<TaskField> required,
            Map<TaskField, List<String>> labels) {

        public TaskLayoutSpec {
            layouts = layouts == null ? List.of() : List.copyOf(layouts);
            columns = columns == null ? List.of() : List.copyOf(columns);
            required = required == null ? List.of() : List.copyOf(required);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }

    public record CalendarSpec(DaySpec provinceDay, List<DaySpec> anniversaries, List<DeadlineSpec> deadlines) {

        public CalendarSpec {
            anniversaries = anniversaries == null ? List.of() : List.copyOf(anniversaries);
            deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        }

        /** The province's day first, then the other anniversaries. */
        public List<DaySpec> days() {
            return provinceDay == null ? anniversaries
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(provinceDay), anniversaries.stream()).toList();
        }
    }

    /** @param match words that identify the day in a plan's wording (default: the name) */
    public record DaySpec(
            @JsonProperty(required = true) String name,
            List<String> match,
            @JsonProperty(required = true) int day,
            @JsonProperty(required = true) int month,
            Integer eventYear) {

        public DaySpec {
            match = match == null || match.isEmpty() ? List.of(name) : List.copyOf(match);
        }
    }

    /**
     * A standard deadline: a task whose content contains one of {@code match} is due no later than {@code date}.
     *
     * @param date {@code MM-DD} in the plan year, {@code +1-MM-DD} in the next
     */
    public record DeadlineSpec(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String date,
            @JsonProperty(required = true) List<String> match) {
    }

    public record AwardsSpec(List<LawSpec> laws, List<QuotaSpec> quotas) {

        public AwardsSpec {
            laws = laws == null ? List.of() : List.copyOf(laws);
            quotas = quotas == null ? List.of() : List.copyOf(quotas);
        }
    }

    /** The award forms that exist under a law (with its decrees) from {@code from} to {@code to}. */
    public record LawSpec(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) LocalDate from,
            LocalDate to,
            @JsonProperty(required = true) List<String> forms) {
    }

    /** At most {@code max} of a form for one kind of recipient in one plan. */
    public record QuotaSpec(
            @JsonProperty(required = true) String form,
            RecipientKind recipientKind,
            @JsonProperty(required = true) int max) {
    }

    /**
     * What the template writes when the template itself does not: plan JSON fragments. An element of
     * {@code legalBases} may carry {@code $from}/{@code $to} dates: it is written only in plans dated in
     * that window.
     */
    public record Defaults(ArrayNode legalBases, ObjectNode recipients, ObjectNode signature, List<String> signerTitles) {

        public Defaults {
            signerTitles = signerTitles == null ? List.of() : List.copyOf(signerTitles);
        }
    }

    /**
     * @param kinds      the plan kinds the rule applies to (default: all)
     * @param parameters the rule type's parameters; omitted ones default to the pack's content
     */
    public record RuleSpec(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String type,
            Severity severity,
            @JsonProperty(required = true) String description,
            List<PlanKind> kinds,
            ObjectNode parameters) {

        public RuleSpec {
            severity = severity == null ? Severity.ERROR : severity;
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }
}
