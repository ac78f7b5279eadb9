package vn.thidua.benchmarks.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.thidua.export.DocumentExporter;
import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;

/**
 * Time to export one seed plan in one format, and, as the comparison, LibreOffice converting the
 * DOCX of the same plan to PDF ({@code libreoffice --headless --convert-to pdf}, a process per call,
 * as a server-side conversion would run). Run by hand:
 * {@code java -cp "$(cat target/classpath.txt):target/classes" org.openjdk.jmh.Main} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {

    @Param({"000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412", "003_44668950db2da263",
            "004_a5c35aef69c6ea26"})
    public String seed;

    @Param({"docx", "pdf", "html", "md", "ics"})
    public String format;

    private Plan plan;
    private DocumentExporter exporter;

    private static final Map<String, String> EXPORTERS = Map.of(
            "docx", "vn.thidua.export.docx.internal.DocxExporter",
            "pdf", "vn.thidua.export.pdf.internal.PdfExporter",
            "html", "vn.thidua.export.html.internal.HtmlExporter",
            "md", "vn.thidua.export.markdown.internal.MarkdownExporter",
            "ics", "vn.thidua.export.ics.internal.IcsExporter");

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        plan = Seeds.plan(seed);
        // The exporters are DS components outside OSGi here: built with their public constructor.
        exporter = (DocumentExporter) Class.forName(EXPORTERS.get(format)).getConstructor().newInstance();
    }

    @Benchmark
    public byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.export(plan, out);
        return out.toByteArray();
    }

    /** LibreOffice converting this seed's DOCX to PDF: a process per conversion. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    @Fork(1)
    public static class LibreOfficeConversion {

        @Param({"000_d3ad60d258665efa", "003_44668950db2da263"})
        public String seed;

        private Path dir;
        private Path docx;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            dir = Files.createTempDirectory("thidua-bench-lo");
            docx = dir.resolve(seed + ".docx");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((DocumentExporter) Class.forName(EXPORTERS.get("docx")).getConstructor().newInstance())
                    .export(Seeds.plan(seed), out);
            Files.write(docx, out.toByteArray());
        }

        @Benchmark
        public long convert() throws Exception {
            Process p = new ProcessBuilder("libreoffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("libreoffice failed");
            }
            return Files.size(dir.resolve(seed + ".pdf"));
        }
    }

    /** The seed plans as the distribution ships them (karaf-assembly copies the same files to examples/). */
    static final class Seeds {

        private Seeds() {
        }

        static Plan plan(String seed) throws IOException {
            Path file = Path.of(System.getProperty("thidua.fixtures", "bundles/plan/src/test/resources/fixtures"), seed + ".json");
            try (InputStream in = Files.newInputStream(file)) {
                return new PlanJson().read(in);
            }
        }
    }
}
