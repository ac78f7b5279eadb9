package vn.thidua.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.util.List;
import java.util.UUID;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;


/**
 * The plan store on its default, embedded H2, in a file database outside the unpacked distribution
 * so that it outlives each Karaf: the example plans are loaded on the first start only, and what
 * was stored before a restart reads back equal after it (the tests are in {@link PlanStoreSurvival}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class PlanStoreIT extends PlanStoreSurvival {

    /** One database for both Karafs of this run (the configuration is made in the test JVM). */
    private static final File DATABASE = new File("target/store-it/h2-" + UUID.randomUUID() + "/plans").getAbsoluteFile();

    @Override
    protected List<Option> extraOptions() {
        return List.of(editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "url",
                "jdbc:h2:" + DATABASE + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000"));
    }
}
