package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;

/**
 * Boots the distribution and exports a seed plan in every format through the DocumentExports
 * service and the thidua:export command, as staff would.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExportIT extends PlatformTestSupport {

    private static final String BLOC_2018 = "examples/000_d3ad60d258665efa.json";
    private static final List<String> FORMATS = List.of("docx", "html", "ics", "md", "pdf");

    @Inject
    private PlanCodec codec;

    @Inject
    private DocumentExports exports;

    @Override
    protected String bootFeature() {
        return "thidua-export";
    }

    /** Waits, without polling, until the five exporter services are registered. */
    @Before
    public void awaitExporters() throws InterruptedException {
        awaitServices(DocumentExporter.class, FORMATS.size());
    }

    @Test
    public void theSeedExportsInEveryFormatTwiceToTheSameBytes() throws Exception {
        assertEquals(FORMATS, exports.formats());
        Plan plan = example();
        for (String format : FORMATS) {
            byte[] first = exports.export(plan, format);
            assertArrayEquals(format + " is not deterministic", first, exports.export(plan, format));
            String head = new String(first, 0, Math.min(first.length, 400), UTF_8);
            switch (format) {
                case "docx" -> assertTrue(head, head.startsWith("PK"));
                case "pdf" -> assertTrue(head, head.startsWith("%PDF-"));
                case "html" -> assertTrue(head, head.startsWith("<!DOCTYPE html>"));
                case "md" -> assertTrue(head, new String(first, UTF_8).contains("\n## KẾ HOẠCH\n"));
                case "ics" -> assertTrue(head, head.startsWith("BEGIN:VCALENDAR"));
                default -> fail(format);
            }
        }
        assertEquals("KH-08-KH-TDMNPB-2018.docx", exports.fileName(plan, "docx"));
    }

    @Test
    public void theCommandWritesTheFileAndNamesAWrongFormat() throws Exception {
        Path out = Files.createTempDirectory("thidua-export").resolve("plan.pdf");
        String printed = execute("thidua:export " + BLOC_2018 + " --format pdf --out " + out);
        assertTrue(printed, printed.startsWith("Wrote " + out));
        assertArrayEquals(exports.export(example(), "pdf"), Files.readAllBytes(out));
        try {
            execute("thidua:export " + BLOC_2018 + " --format odt --out " + out);
            fail("thidua:export accepted the format odt");
        } catch (Exception e) {
            assertEquals("--format: no exporter for 'odt'; installed formats: docx, html, ics, md, pdf", e.getMessage());
        }
    }

    private Plan example() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.base")).resolve(BLOC_2018))) {
            return codec.read(in);
        }
    }
}
