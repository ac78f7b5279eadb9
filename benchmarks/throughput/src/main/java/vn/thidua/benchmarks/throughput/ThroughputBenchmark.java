package vn.thidua.benchmarks.throughput;

import java.io.ByteArrayInputStream;
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
import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.ValidationReport;
import vn.thidua.rules.internal.ShippedCatalog;

/**
 * Time to validate one seed plan against the pack in force for it, and to export it as PDF; the
 * rules, pack and exporter jars on the classpath decide which code is measured, so compare.sh runs
 * this class twice, on a baseline's jars and on this tree's, in one session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThroughputBenchmark {

    @Param({"000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412", "003_44668950db2da263",
            "004_a5c35aef69c6ea26"})
    public String seed;

    private Plan plan;
    private RulePack pack;
    private DocumentExporter pdf;
    private final PlanJson json = new PlanJson();
    private byte[] posted;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        plan = seed(seed);
        posted = Files.readAllBytes(file(seed));
        pack = new ShippedCatalog().inForce(plan);
        // A DS component outside OSGi: built with its public constructor, as the framework does.
        pdf = (DocumentExporter) Class.forName("vn.thidua.export.pdf.internal.PdfExporter").getConstructor().newInstance();
    }

    @Benchmark
    public ValidationReport validate() {
        return pack.validate(plan);
    }

    /** What a posted validation does besides HTTP: the plan read from its JSON bytes, then validated. */
    @Benchmark
    public ValidationReport readAndValidate() {
        return pack.validate(json.read(new ByteArrayInputStream(posted)));
    }

    /** Reading alone: readAndValidate less this is what the rules take of a posted validation. */
    @Benchmark
    public Plan read() {
        return json.read(new ByteArrayInputStream(posted));
    }

    @Benchmark
    public byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pdf.export(plan, out);
        return out.toByteArray();
    }

    /** The seed plans as the distribution ships them (karaf-assembly copies the same files to examples/). */
    static Plan seed(String seed) throws IOException {
        try (InputStream in = Files.newInputStream(file(seed))) {
            return new PlanJson().read(in);
        }
    }

    static Path file(String seed) {
        return Path.of(System.getProperty("thidua.fixtures", "bundles/plan/src/test/resources/fixtures"), seed + ".json");
    }
}
