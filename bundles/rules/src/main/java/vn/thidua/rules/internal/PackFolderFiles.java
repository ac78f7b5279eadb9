package vn.thidua.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.PackProblem;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackChecker;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.files.PackFile;
import vn.thidua.rules.files.PackFileException;
import vn.thidua.rules.files.PackFileException.Reason;
import vn.thidua.rules.files.PackInstall;
import vn.thidua.rules.files.PackRemoval;
import vn.thidua.rules.files.RulePackFiles;

/**
 * The watched folder's files as a service. A descriptor is checked before anything is written, written
 * under a hidden temporary name and moved into place in one step (the watcher ignores hidden names, so it
 * reads the file once, complete), then loaded at once rather than after the watcher's settle time, so the
 * caller can say which pack is in force. The watcher sees the same file and settles on the same state.
 */
@Component(service = RulePackFiles.class, configurationPid = { "vn.thidua.rules.folder", "vn.thidua.rules.registry" })
public final class PackFolderFiles implements RulePackFiles {

    /** A descriptor's name in the folder: no path, not hidden, one of the watcher's extensions. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,119}\\.(yaml|yml|json)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Logger log = LoggerFactory.getLogger(PackFolderFiles.class);
    private final Path folder;
    private final LongSupplier maxPackBytes;
    private final PackSink sink;
    private final RulePackRegistry registry;
    private final RulePackChecker checker;

    @Activate
    public PackFolderFiles(@Reference PackSink sink, @Reference RulePackRegistry registry, @Reference RulePackChecker checker,
            FolderConfig folder, RegistryConfig limits) {
        this(PackFolderWatcher.folder(folder.directory()), limits::maxPackBytes, sink, registry, checker);
    }

    PackFolderFiles(Path folder, LongSupplier maxPackBytes, PackSink sink, RulePackRegistry registry, RulePackChecker checker) {
        this.folder = folder;
        this.maxPackBytes = maxPackBytes;
        this.sink = sink;
        this.registry = registry;
        this.checker = checker;
    }

    @Override
    public long maxPackBytes() {
        return maxPackBytes.getAsLong();
    }

    @Override
    public List<PackFile> files() {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (SAFE_NAME.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
                        found.add(entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the rule-pack folder " + folder, e);
            }
        }
        found.sort(null);
        List<PackFile> files = new ArrayList<>();
        for (Path file : found) {
            describe(file).ifPresent(files::add);
        }
        return files;
    }

    @Override
    public PackInstall install(String name, byte[] descriptor) {
        Path target = resolve(name);
        long max = maxPackBytes();
        if (descriptor.length > max) {
            throw new PackFileException(Reason.TOO_LARGE, "the descriptor has " + descriptor.length + " bytes; a pack file has at most "
                    + max + " bytes (maxPackBytes of vn.thidua.rules.registry)");
        }
        PackCheckReport report = checker.check(descriptor, name, List.of());
        if (!report.installable()) {
            return refused(name, report);
        }
        RulePackInfo pack = report.pack();
        String expected = RulePackFiles.fileName(pack.id());
        String stem = name.substring(0, name.lastIndexOf('.'));
        if (!stem.equals(expected)) {
            throw new PackFileException(Reason.NAME_MISMATCH, "the file of pack " + pack.id() + " is named " + expected
                    + name.substring(name.lastIndexOf('.')) + ", not " + name);
        }
        Optional<String> elsewhere = registry.pack(pack.id()).map(RulePack::info)
                .filter(other -> !(other.bundleId() == -1 && other.origin().equals(target.toString())))
                .map(RulePackInfo::origin);
        if (elsewhere.isPresent()) {
            return refused(name, withProblem(report, new PackProblem("/pack/version", "pack " + pack.id()
                    + " is already installed from " + elsewhere.get() + "; a new version needs a higher version number")));
        }
        byte[] before;
        synchronized (FolderLocks.of(folder)) {
            before = read(target);
            write(target, descriptor);
            load(target);
            Optional<RulePackInfo> refusal = infosOf(target).stream().filter(i -> i.state() == PackState.REFUSED).findFirst();
            if (refusal.isPresent()) {
                // The registry refused what the check passed (a limit changed in between): put the folder back.
                restore(target, before);
                return refused(name, withProblem(report, new PackProblem("", refusal.get().refusal())));
            }
        }
        log.info("Rule pack file {} {} ({})", before == null ? "created" : "replaced", target, pack.id());
        return new PackInstall(before == null ? PackInstall.Outcome.CREATED : PackInstall.Outcome.REPLACED, name, report,
                inForce(pack), pack.validFrom());
    }

    @Override
    public PackRemoval remove(String name) {
        Path target = resolve(name);
        PackFile file;
        synchronized (FolderLocks.of(folder)) {
            file = describe(target).orElseThrow(() -> new PackFileException(Reason.NOT_FOUND,
                    "the rule-pack folder has no file " + name));
            try {
                Files.delete(target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + target, e);
            }
            sink.unload(source(target));
        }
        log.info("Rule pack file removed: {}", target);
        RulePackInfo pack = file.loaded();
        return new PackRemoval(file, pack == null ? null : inForce(pack), pack == null ? null : pack.validFrom());
    }

    /** The file of that name in the folder, the name checked to be a descriptor's and to stay in the folder. */
    private Path resolve(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new PackFileException(Reason.INVALID_NAME, "'" + name + "' is not a rule-pack file name: letters, digits, '.', '-',"
                    + " '_' or '@', not starting with '.', ending in .yaml, .yml or .json");
        }
        Path target = folder.resolve(name).normalize();
        if (!folder.equals(target.getParent())) {
            throw new PackFileException(Reason.INVALID_NAME, "'" + name + "' is not a name in the rule-pack folder");
        }
        return target;
    }

    private Optional<PackFile> describe(Path file) {
        try {
            long size = Files.size(file);
            var modified = Files.getLastModifiedTime(file).toInstant();
            List<RulePackInfo> infos = infosOf(file);
            RulePackInfo loaded = infos.stream().filter(i -> i.state() == PackState.LOADED).findFirst().orElse(null);
            RulePackInfo refused = infos.stream().filter(i -> i.state() == PackState.REFUSED).findFirst().orElse(null);
            return Optional.of(new PackFile(file.getFileName().toString(), size, modified, loaded, refused));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** What the registry holds from the file: the watcher names a file's packs by its path. */
    private List<RulePackInfo> infosOf(Path file) {
        return registry.packs().stream().filter(i -> i.bundleId() == -1 && file.toString().equals(i.origin())).toList();
    }

    private String inForce(RulePackInfo pack) {
        return registry.inForce(pack.provinceCode(), pack.issuerKind(), pack.planKinds().get(0), pack.validFrom())
                .map(p -> p.info().id()).orElse(null);
    }

    private static PackInstall refused(String name, PackCheckReport report) {
        return new PackInstall(PackInstall.Outcome.REFUSED, name, report, null,
                report.pack() == null ? null : report.pack().validFrom());
    }

    private static PackCheckReport withProblem(PackCheckReport report, PackProblem problem) {
        List<PackProblem> problems = new ArrayList<>(report.problems());
        problems.add(problem);
        return new PackCheckReport(report.pack(), problems, report.draftedYears(), report.plans(), report.inForce(),
                report.changes());
    }

    private static byte[] read(Path target) {
        try {
            return Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
    }

    /** Written beside under a hidden name, flushed to disk, then moved over the target in one rename. */
    private void write(Path target, byte[] bytes) {
        Path temp = folder.resolve("." + target.getFileName() + "." + suffix() + ".tmp");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static String suffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void restore(Path target, byte[] before) {
        if (before != null) {
            write(target, before);
            load(target);
        } else {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + target, e);
            }
            sink.unload(source(target));
        }
    }

    private void load(Path target) {
        try {
            sink.load(source(target), target.toUri().toURL(), target.toString(), -1);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cannot name " + target, e);
        }
    }

    /** The source key the watcher gives the file. */
    private static String source(Path file) {
        return "file:" + file;
    }
}
