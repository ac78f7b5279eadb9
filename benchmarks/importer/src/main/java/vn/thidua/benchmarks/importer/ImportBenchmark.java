package vn.thidua.benchmarks.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.thidua.export.docx.internal.DocxExporter;
import vn.thidua.export.pdf.internal.PdfExporter;
import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.PlanImporter;
import vn.thidua.importer.internal.DocumentImporter;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.plan.json.PlanJson;

/**
 * Time to import one seed-sized plan: from the DOCX and the PDF the platform exports of its fixture (read,
 * recognised, sentence coverage checked), and from the seed's text. Run by hand (see README):
 * {@code java -cp "$(cat target/classpath.txt):target/classes" org.openjdk.jmh.Main ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {

    @Param({"000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412", "003_44668950db2da263",
            "004_a5c35aef69c6ea26"})
    public String seed;

    @Param({"docx", "pdf", "text"})
    public String format;

    private byte[] document;
    private String mediaType;
    private final DocumentImporter importer = new DocumentImporter(ReadLimits.DEFAULTS);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("thidua.plan.tests", "bundles/plan/src/test/resources"));
        if (!format.equals("text")) {
            DocumentExporter exporter = format.equals("docx") ? new DocxExporter() : new PdfExporter();
            try (InputStream in = Files.newInputStream(root.resolve("fixtures").resolve(seed + ".json"))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exporter.export(new PlanJson().read(in), out);
                document = out.toByteArray();
            }
            mediaType = format.equals("docx") ? PlanImporter.DOCX : PlanImporter.PDF;
        } else {
            document = Files.readAllBytes(root.resolve("seeds").resolve(seed + ".txt"));
            mediaType = PlanImporter.MARKDOWN;
        }
    }

    @Benchmark
    public ImportResult importPlan() {
        return importer.importPlan(document, mediaType, ImportOptions.none());
    }
}
