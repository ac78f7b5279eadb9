package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * One legal basis of the plan ({@code Căn cứ ...}, {@code Thực hiện ...}): the citation in the
 * document's own words, and what it cites.
 *
 * @param text the citation as written, with its punctuation ({@code Căn cứ Quyết định số 274/QĐ-UBND ...;})
 * @param verb the verb that introduces it ({@code Căn cứ}, {@code Thực hiện}, {@code Hướng ứng}), when written
 * @param documentKind kind of document cited ({@code Thông tư}, {@code Quyết định}, {@code Kế hoạch} ...)
 * @param number number and symbol of the document ({@code 08/2015/TT-BKHĐT}), when it has one
 * @param date date of the document, when written
 * @param issuer who issued it ({@code Bộ KH&ĐT}, {@code UBND tỉnh Hưng Yên})
 * @param summary what it is about (trích yếu), when written
 */
@PlanValue
public record LegalBasis(
        @JsonProperty(required = true) String text,
        String verb,
        @JsonProperty(required = true) String documentKind,
        String number,
        LocalDate date,
        String issuer,
        String summary) {

    public LegalBasis {
        text = required(text, "text");
        verb = nfc(verb);
        documentKind = required(documentKind, "documentKind");
        number = nfc(number);
        issuer = nfc(issuer);
        summary = nfc(summary);
    }
}
