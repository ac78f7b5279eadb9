package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.notEmpty;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.range;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/**
 * An emulation-movement plan (Kế hoạch phát động phong trào thi đua) of a provincial board, People's
 * Committee, department or bloc, element by element in the order of the document.
 *
 * @param schemaVersion the version of the plan schema the document is written in; always
 *     {@link #SCHEMA_VERSION} once read (a schema 1 document is upgraded when read)
 * @param source where the plan came from (a seed file, an import), when known
 * @param remarks editorial notes on how the document was encoded; not part of the document
 * @param province the province whose board issues it
 * @param kind yearly, themed or bloc plan
 * @param year the year the plan is for (the year it starts in, for a campaign or a period of years)
 * @param period the time the whole plan runs, when it is not its one year: a campaign window
 *     ({@code từ tháng 10/2025 đến khi tổ chức thành công Đại hội ...}), months across two years, a
 *     period ({@code giai đoạn 2026 - 2030}); its wording stands where the document writes it
 * @param issuer the issuing body (top left)
 * @param number number and symbol, or null when the document has none
 * @param dateLine place and date of issue, or null when the document has none
 * @param documentType the document type line ({@code KẾ HOẠCH})
 * @param summary the summary line (trích yếu) under the type
 * @param theme the theme or slogan, without its quotation marks, when the plan has one
 * @param preamble legal bases and introduction
 * @param sections the body
 * @param closing the closing paragraphs after the last section
 * @param recipients the recipient list, or null when the document has none
 * @param signature the signature block
 * @param appendices the appendices after the signature (phụ lục), in document order
 */
@PlanValue
public record Plan(
        @JsonProperty(required = true) int schemaVersion,
        String source,
        List<String> remarks,
        @JsonProperty(required = true) Province province,
        @JsonProperty(required = true) PlanKind kind,
        @JsonProperty(required = true) int year,
        Timing period,
        @JsonProperty(required = true) IssuingBody issuer,
        DocumentNumber number,
        DateLine dateLine,
        @JsonProperty(required = true) String documentType,
        @JsonProperty(required = true) String summary,
        String theme,
        Preamble preamble,
        @JsonProperty(required = true) List<Section> sections,
        List<String> closing,
        Recipients recipients,
        @JsonProperty(required = true) Signature signature,
        List<Appendix> appendices) {

    /** The schema version this model writes. */
    public static final int SCHEMA_VERSION = 2;

    /** The first year a plan can be for. */
    public static final int FIRST_YEAR = 1990;
    /** The last year a plan can be for. */
    public static final int LAST_YEAR = 2200;

    /** Whether a plan can be for this year ({@link #FIRST_YEAR} to {@link #LAST_YEAR}). */
    public static boolean isYear(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public Plan {
        if (schemaVersion == 0) {
            schemaVersion = SCHEMA_VERSION;
        } else if (schemaVersion != SCHEMA_VERSION) {
            throw new InvalidFieldException("schemaVersion", "must be " + SCHEMA_VERSION
                    + " (a schema 1 document has no schemaVersion, or 1, and is upgraded when read), was " + schemaVersion);
        }
        source = nfc(source);
        remarks = texts(remarks, "remarks");
        province = required(province, "province");
        kind = required(kind, "kind");
        range(year, FIRST_YEAR, LAST_YEAR, "year");
        issuer = required(issuer, "issuer");
        documentType = required(documentType, "documentType");
        summary = required(summary, "summary");
        theme = nfc(theme);
        preamble = preamble == null ? new Preamble(null, null, null, null, null) : preamble;
        sections = list(sections, "sections");
        notEmpty(sections, "sections");
        closing = texts(closing, "closing");
        signature = required(signature, "signature");
        appendices = list(appendices, "appendices");
    }

    /** A plan as schema 1 had it: no period, no appendices; written in the current schema. */
    public Plan(String source, List<String> remarks, Province province, PlanKind kind, int year, IssuingBody issuer,
            DocumentNumber number, DateLine dateLine, String documentType, String summary, String theme,
            Preamble preamble, List<Section> sections, List<String> closing, Recipients recipients,
            Signature signature) {
        this(SCHEMA_VERSION, source, remarks, province, kind, year, null, issuer, number, dateLine, documentType,
                summary, theme, preamble, sections, closing, recipients, signature, null);
    }

    /** Every block of the body, depth first in document order; {@link PlanWalk} gives each with its place. */
    public Stream<Block> blocks() {
        return values(PlanWalk.of(this).blocks());
    }

    /** The tasks in reading order. */
    public List<Task> tasks() {
        return values(PlanWalk.of(this).tasks()).toList();
    }

    public List<Target> targets() {
        return values(PlanWalk.of(this).targets()).toList();
    }

    public List<Phase> phases() {
        return values(PlanWalk.of(this).phases()).toList();
    }

    public List<AwardProposal> awardProposals() {
        return values(PlanWalk.of(this).awards()).toList();
    }

    private static <T> Stream<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value);
    }

    public List<LegalBasis> legalBases() {
        return preamble.legalBases();
    }
}
