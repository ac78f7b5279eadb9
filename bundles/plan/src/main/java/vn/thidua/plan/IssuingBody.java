package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The issuing body at the top left of the first page (Nghị định 30/2020, ô 2): the parent line
 * ({@code UBND TỈNH BẮC GIANG}, optional) over the agency line
 * ({@code BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP}).
 *
 * <p>A body with no parent may write its one name on two lines ({@code ỦY BAN NHÂN DÂN} over
 * {@code TỈNH GIA LAI}): {@code agency} is then the name and {@code agencyLines} the lines as written.
 *
 * @param parent the parent body's line, or null
 * @param agency the issuing body's name
 * @param kind board, People's Committee, department or bloc (schema 1 documents are boards' plans)
 * @param agencyLines the agency's name as written over several lines, when it is; joined by spaces they give {@code agency}
 */
@PlanValue
public record IssuingBody(
        String parent,
        @JsonProperty(required = true) String agency,
        @JsonProperty(required = true) IssuerKind kind,
        List<String> agencyLines) {

    public IssuingBody {
        parent = nfc(parent);
        agency = required(agency, "agency");
        kind = required(kind, "kind");
        agencyLines = texts(agencyLines, "agencyLines");
        if (agencyLines.size() == 1) {
            throw new InvalidFieldException("agencyLines", "must have two lines or more; one line is the agency itself");
        }
        if (!agencyLines.isEmpty() && !String.join(" ", agencyLines).equals(agency)) {
            throw new InvalidFieldException("agencyLines", "joined by spaces must give the agency '" + agency
                    + "', gave '" + String.join(" ", agencyLines) + "'");
        }
    }

    /** A board's letterhead, as schema 1 wrote it. */
    public IssuingBody(String parent, String agency) {
        this(parent, agency, IssuerKind.BOARD, null);
    }

    /** The agency's lines as the document writes them: its own lines, or the one name. */
    public List<String> writtenAgency() {
        return agencyLines.isEmpty() ? List.of(agency) : agencyLines;
    }
}
