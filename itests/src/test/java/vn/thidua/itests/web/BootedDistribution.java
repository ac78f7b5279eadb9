package vn.thidua.itests.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The distribution as an operator runs it ({@code bin/karaf server}), unpacked from the tar.gz the
 * build made into {@code target/web-it/<uuid>/} (kept, for its {@code data/log/karaf.log}), on free
 * loopback ports, with the test's users written in clear before the start (Karaf hashes them).
 * A browser cannot be driven from inside an OSGi probe, so this test boots Karaf from outside.
 */
final class BootedDistribution implements AutoCloseable {

    static final String ADMIN_PASSWORD = "it-admin-Passw0rd";
    /** Upper bound only: the wait ends as soon as Karaf answers (a first start on a loaded 2-core machine took over 3 min). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(600);

    final Path home;
    final int httpPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BootedDistribution(Path home, int httpPort, Process process) {
        this.home = home;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Unpacks, configures and starts the distribution, then waits until {@code admin} is let in to the API and the sign-in page answers. */
    static BootedDistribution start(Path archive, String users) throws IOException, InterruptedException {
        Path parent = Path.of("target", "web-it", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(parent);
        run(parent, "tar", "xzf", archive.toAbsolutePath().toString(), "-C", parent.toString());
        Path home;
        try (var entries = Files.list(parent)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException("nothing unpacked from " + archive));
        }
        int http = freePort();
        Path etc = home.resolve("etc");
        replaceLine(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        replaceLine(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        replaceLine(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        replaceLine(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
        Files.writeString(etc.resolve("users.properties"), "\n" + users, UTF_8, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.out").toFile());
        builder.environment().put("THIDUA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("EXTRA_JAVA_OPTS", "-Xmx512m");
        BootedDistribution karaf = new BootedDistribution(home, http, builder.start());
        // A test JVM ended early (a killed build) still takes its Karaf with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> karaf.kill(true), "stop-web-it-karaf"));
        try {
            karaf.awaitReady();
        } catch (RuntimeException | IOException | InterruptedException e) {
            karaf.close(); // never leave a Karaf behind
            throw e;
        }
        return karaf;
    }

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Polls (bounded) until the API lets {@code admin} in, the store and the packs are up, and the web application serves its sign-in page. */
    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(UTF_8));
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited: see " + home.resolve("console.out"));
            }
            try {
                // admin let in, the store answering (the seed plans loaded), the packs in force, the sign-in page served
                int packs = status(HttpRequest.newBuilder(URI.create(base() + "/api/v1/rule-packs")).header("Authorization", admin));
                int plans = status(HttpRequest.newBuilder(URI.create(base() + "/api/v1/plans?limit=1")).header("Authorization", admin));
                int health = status(HttpRequest.newBuilder(URI.create(base() + "/api/v1/health")));
                int login = status(HttpRequest.newBuilder(URI.create(base() + "/login")));
                if (packs == 200 && plans == 200 && health == 200 && login == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Jetty not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready within " + READY_TIMEOUT + ": see " + home.resolve("data/log/karaf.log"));
            }
            Thread.sleep(250);
        }
    }

    private int status(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        try {
            run(home, home.resolve("bin/stop").toString());
        } catch (IOException notStopped) {
            kill(false);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill(true);
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** bin/karaf is a shell script that starts the JVM as its child: both are ended. */
    private void kill(boolean forcibly) {
        process.descendants().forEach(child -> {
            if (forcibly) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
        });
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
    }

    private static void replaceLine(Path file, String key, String value) throws IOException {
        String text = Files.readString(file, UTF_8);
        String replaced = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$", key + " = " + value);
        if (replaced.equals(text)) {
            replaced = text + "\n" + key + " = " + value + "\n";
        }
        Files.writeString(file, replaced, UTF_8);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
