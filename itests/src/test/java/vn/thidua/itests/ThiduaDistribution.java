package vn.thidua.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** The Pax Exam options that boot our distribution (its tar.gz, not a stock Karaf), shared by the ITs. */
final class ThiduaDistribution {

    /** Upper bound for the boot to settle; the waits return as soon as it has. */
    static final long BOOT_TIMEOUT_SECONDS = 120;

    private ThiduaDistribution() {
    }

    static Option boot() throws IOException {
        String karafVersion = requiredProperty("karaf.version");
        return composite(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(requiredProperty("thidua.distribution")).toURI().toString())
                        .karafVersion(karafVersion)
                        .name("Thi Dua Platform")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(), // no console on the test's stdin
                keepRuntimeFolder(), // target/exam/<uuid>/data/log/karaf.log stays for reading after a failure
                logLevel(LogLevel.INFO),
                systemProperty("pax.exam.service.timeout").value(Long.toString(BOOT_TIMEOUT_SECONDS * 1000)),
                // A free loopback port for SSH, so that this run clashes neither with another nor with
                // ./run (Pax Exam itself moves the JMX/RMI ports to the free ones it talks to Karaf on).
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                // The distribution is offline; Pax Exam's own feature comes from a repository of its own.
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        requiredProperty("thidua.examRepository")),
                // What bin/karaf gives the JVM on Java 9+ and Pax Exam's launcher does not.
                vmOptions(
                        "-Xmx512m",
                        "-Dfile.encoding=UTF-8",
                        "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*",
                        "--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"));
    }

    static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Integer.toString(socket.getLocalPort());
        }
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set (run the itests with mvn verify)");
        }
        return value;
    }
}
