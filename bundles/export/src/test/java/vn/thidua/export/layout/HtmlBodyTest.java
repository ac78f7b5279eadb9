package vn.thidua.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

class HtmlBodyTest {

    static final List<String> SEEDS = SeedText.SEEDS;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theDocumentIsWellFormedXmlWithEveryElementOfTheLetterhead(String seed) throws Exception {
        String html = HtmlBody.document(Outline.of(Fixtures.plan(seed)), "p { margin: 0 }");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains(Outline.NATIONAL_TITLE, Outline.MOTTO, Fixtures.plan(seed).signature().name());
        assertThat(html).contains("class=\"national-title\"", "class=\"motto\"", "class=\"agency\"",
                "class=\"recipients-heading\"", "class=\"name\"");
    }

    @org.junit.jupiter.api.Test
    void theSchema2ElementsAreWrittenInReadingOrderWithTheAppendixAfterTheSignature() throws Exception {
        vn.thidua.plan.Plan plan = Fixtures.everyElement();
        String html = HtmlBody.document(Outline.of(plan), "p { margin: 0 }");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
        String text = doc.getDocumentElement().getTextContent();
        int at = 0;
        // after the letterhead, which a table lays out in two columns
        List<String> lines = vn.thidua.plan.text.ReadingOrder.lines(plan, true);
        for (String line : lines.subList(6, lines.size())) {
            for (String cell : line.split("\t")) {
                int found = text.indexOf(cell, at);
                assertThat(found).as("'%s' after position %d", cell, at).isGreaterThanOrEqualTo(0);
                at = found + cell.length();
            }
        }
        assertThat(html.indexOf("class=\"appendix\"")).isGreaterThan(html.indexOf("class=\"name\""));
        assertThat(html).contains("<p class=\"agency\">ỦY BAN NHÂN DÂN</p>", "<p class=\"agency\">TỈNH TUYÊN QUANG</p>");
    }
}
