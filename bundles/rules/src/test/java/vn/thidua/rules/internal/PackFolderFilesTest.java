package vn.thidua.rules.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.files.PackFile;
import vn.thidua.rules.files.PackFileException;
import vn.thidua.rules.files.PackInstall;
import vn.thidua.rules.files.PackRemoval;

/**
 * The folder's files service over the shipped packs: next year's Gia Lai pack (as {@code thidua:pack-new} writes
 * it) installed, listed, replaced and removed; refused packs, unsafe names, a wrong name and an oversized file
 * leave the folder and the registry as they were.
 */
class PackFolderFilesTest {

    private static final String NAME = "gia-lai-2027.0.0.yaml";

    @TempDir
    Path root;

    private final CatalogRegistry registry = new CatalogRegistry();
    private final RulePackCheckerComponent checker = new RulePackCheckerComponent(registry,
            VietnamClock.of(Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ZoneOffset.UTC)));

    private PackFolderFiles files() {
        return new PackFolderFiles(root.resolve("rulepacks"), () -> PackLimits.MAX_PACK_BYTES, registry, registry, checker);
    }

    private String nextYear() {
        return RulePackCheckerComponent.scaffold(registry, "gia-lai", 2027).orElseThrow();
    }

    @Test
    void nextYearsPackIsWrittenAsGivenLoadedAndInForceFromItsFirstDayThenRemovedBackToTheVersionBefore() throws IOException {
        PackFolderFiles files = files();
        byte[] bytes = nextYear().getBytes(UTF_8);
        assertThat(registry.inForce("gia-lai", LocalDate.of(2027, 1, 1))).map(p -> p.info().id()).hasValue("gia-lai@2025.7.0");

        PackInstall installed = files.install(NAME, bytes);

        assertThat(installed.outcome()).isEqualTo(PackInstall.Outcome.CREATED);
        assertThat(installed.inForce()).isEqualTo("gia-lai@2027.0.0");
        assertThat(installed.inForceOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(installed.check().inForce()).isEqualTo("gia-lai@2025.7.0");
        Path file = root.resolve("rulepacks").resolve(NAME);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes); // Vietnamese and all, byte for byte
        assertThat(new String(bytes, UTF_8)).contains("BAN QUẢN LÝ KHU KINH TẾ");
        try (Stream<Path> all = Files.list(root.resolve("rulepacks"))) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactly(NAME); // no temporary file left
        }
        assertThat(registry.inForce("gia-lai", LocalDate.of(2027, 1, 1))).map(p -> p.info().id()).hasValue("gia-lai@2027.0.0");
        assertThat(registry.inForce("gia-lai", LocalDate.of(2026, 12, 31))).map(p -> p.info().id()).hasValue("gia-lai@2025.7.0");
        List<PackFile> listed = files.files();
        assertThat(listed).extracting(PackFile::name).containsExactly(NAME);
        assertThat(listed.get(0).size()).isEqualTo(bytes.length);
        assertThat(listed.get(0).loaded().id()).isEqualTo("gia-lai@2027.0.0");
        assertThat(listed.get(0).refused()).isNull();

        assertThat(files.install(NAME, bytes).outcome()).isEqualTo(PackInstall.Outcome.REPLACED);

        PackRemoval removed = files.remove(NAME);

        assertThat(removed.removed().loaded().id()).isEqualTo("gia-lai@2027.0.0");
        assertThat(removed.inForce()).isEqualTo("gia-lai@2025.7.0");
        assertThat(removed.inForceOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(file).doesNotExist();
        assertThat(files.files()).isEmpty();
        assertThat(registry.inForce("gia-lai", LocalDate.of(2027, 1, 1))).map(p -> p.info().id()).hasValue("gia-lai@2025.7.0");
        assertThatThrownBy(() -> files.remove(NAME)).isInstanceOfSatisfying(PackFileException.class,
                e -> assertThat(e.reason()).isEqualTo(PackFileException.Reason.NOT_FOUND));
    }

    @Test
    void aPackTheCheckRefusesIsNeverWrittenAndTheRegistryIsUnchanged() {
        PackFolderFiles files = files();
        List<RulePackInfo> before = registry.packs();
        String broken = nextYear().replaceFirst("(?m)^(\\s+validFrom:\\s*).*$", "$12027-13-01");

        PackInstall refused = files.install(NAME, broken.getBytes(UTF_8));

        assertThat(refused.outcome()).isEqualTo(PackInstall.Outcome.REFUSED);
        assertThat(refused.check().problems()).extracting(p -> p.pointer()).contains("/pack/validFrom");
        assertThat(refused.inForce()).isNull();
        assertThat(root.resolve("rulepacks").resolve(NAME)).doesNotExist();
        assertThat(files.files()).isEmpty();
        assertThat(registry.packs()).isEqualTo(before);
    }

    @Test
    void aCopyOfAShippedPackIsRefusedForItsIdIsInstalledAlready() throws IOException {
        PackFolderFiles files = files();
        byte[] shipped = shipped("gia-lai-2025-07.yaml");

        PackInstall refused = files.install("gia-lai-2025.7.0.yaml", shipped);

        assertThat(refused.outcome()).isEqualTo(PackInstall.Outcome.REFUSED);
        assertThat(refused.check().problems()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/pack/version");
            assertThat(p.message()).contains("already installed from gia-lai-2025-07.yaml");
        });
        assertThat(root.resolve("rulepacks").resolve("gia-lai-2025.7.0.yaml")).doesNotExist();
    }

    @Test
    void unsafeNamesAreRefusedBeforeAnythingIsReadOrWritten() throws IOException {
        PackFolderFiles files = files();
        byte[] bytes = nextYear().getBytes(UTF_8);
        for (String name : new String[] { "../gia-lai-2027.0.0.yaml", "../../etc/gia-lai-2027.0.0.yaml", "/tmp/gia-lai-2027.0.0.yaml",
                "sub/gia-lai-2027.0.0.yaml", "..\\gia-lai-2027.0.0.yaml", ".gia-lai-2027.0.0.yaml", "gia-lai-2027.0.0.txt",
                "gia-lai-2027.0.0..yaml", "gia-lai-2027.0.0.yaml\u0000", "gia lai.yaml", "", "..", ".yaml" }) {
            assertThatThrownBy(() -> files.install(name, bytes)).as(name).isInstanceOfSatisfying(PackFileException.class,
                    e -> assertThat(e.reason()).isEqualTo(PackFileException.Reason.INVALID_NAME));
            assertThatThrownBy(() -> files.remove(name)).as(name).isInstanceOfSatisfying(PackFileException.class,
                    e -> assertThat(e.reason()).isEqualTo(PackFileException.Reason.INVALID_NAME));
        }
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(registry.inForce("gia-lai", LocalDate.of(2027, 1, 1))).map(p -> p.info().id()).hasValue("gia-lai@2025.7.0");
    }

    @Test
    void theNameMustBeThePacksOwn() {
        PackFolderFiles files = files();

        assertThatThrownBy(() -> files.install("gia-lai-2028.0.0.yaml", nextYear().getBytes(UTF_8)))
                .isInstanceOfSatisfying(PackFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PackFileException.Reason.NAME_MISMATCH);
                    assertThat(e.getMessage()).contains("gia-lai-2027.0.0.yaml");
                });
        assertThat(files.files()).isEmpty();
        // The same pack as JSON-compatible YAML under the .yml extension is its own name too.
        assertThat(files.install("gia-lai-2027.0.0.yml", nextYear().getBytes(UTF_8)).outcome()).isEqualTo(PackInstall.Outcome.CREATED);
    }

    @Test
    void aDescriptorOverTheSizeLimitIsRefusedUnread() {
        PackFolderFiles files = files();
        StringBuilder padded = new StringBuilder(nextYear());
        String comment = "# Kế hoạch thi đua, khen thưởng năm 2027 — dòng chú thích để vượt giới hạn kích thước\n";
        while (padded.toString().getBytes(UTF_8).length <= PackLimits.MAX_PACK_BYTES) {
            padded.append(comment.repeat(100));
        }

        assertThatThrownBy(() -> files.install(NAME, padded.toString().getBytes(UTF_8)))
                .isInstanceOfSatisfying(PackFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PackFileException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains(Long.toString(PackLimits.MAX_PACK_BYTES));
                });
        assertThat(root.resolve("rulepacks").resolve(NAME)).doesNotExist();
    }

    /**
     * The watcher's reading of a file and a removal never interleave: the watcher reads the installed file and is held
     * before it hands the pack to the registry; a removal asked meanwhile waits for it, so the removed pack is not
     * brought back by the watcher's late load once {@code remove} has returned (the watcher's own unloading of the
     * deleted file, which would hide such a resurrection a moment later, is held until the test has looked).
     */
    @Test
    void aRemovalWaitsForTheWatchersLoadInProgressAndThePackStaysOut() throws Exception {
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch proceed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch repair = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean gated = new java.util.concurrent.atomic.AtomicBoolean();
        PackSink watcherSink = new PackSink() {
            @Override
            public void load(String source, URL descriptor, String origin, long bundleId) {
                PackLoader.Outcome outcome = new PackLoader().load(descriptor, origin, bundleId); // read now ...
                if (source.endsWith(NAME) && gated.compareAndSet(false, true)) {
                    reading.countDown();
                    await(proceed);
                }
                registry.catalog.put(source, outcome); // ... handed over later
            }

            @Override
            public void unload(String source) {
                await(repair); // the watcher's own unloading (of the deleted file) only once the test has looked
                registry.unload(source);
            }

            @Override
            public void suspend(String source) {
                registry.suspend(source);
            }

            @Override
            public List<String> sources(String prefix) {
                return registry.sources(prefix);
            }
        };
        Path folder = root.resolve("rulepacks");
        PackFolderWatcher watcher = new PackFolderWatcher(watcherSink, folderConfig(folder));
        try {
            PackFolderFiles files = files();
            files.install(NAME, nextYear().getBytes(UTF_8));
            await(reading); // the watcher has read the file and holds its pack
            Thread removal = new Thread(() -> files.remove(NAME));
            removal.start();
            while (removal.getState() != Thread.State.BLOCKED && removal.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait();
            }
            proceed.countDown();
            removal.join();

            assertThat(folder.resolve(NAME)).doesNotExist();
            assertThat(registry.inForce("gia-lai", LocalDate.of(2027, 1, 1))).map(p -> p.info().id()).hasValue("gia-lai@2025.7.0");
        } finally {
            proceed.countDown();
            repair.countDown();
            watcher.deactivate();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(2, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new AssertionError("the watcher never read the file");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static FolderConfig folderConfig(Path folder) {
        return new FolderConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return FolderConfig.class;
            }

            @Override
            public String directory() {
                return folder.toString();
            }

            @Override
            public long settleMillis() {
                return 0;
            }
        };
    }

    private static byte[] shipped(String name) throws IOException {
        URL url = ShippedPacks.descriptors().stream().filter(u -> ShippedPacks.name(u).equals(name)).findFirst().orElseThrow();
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
