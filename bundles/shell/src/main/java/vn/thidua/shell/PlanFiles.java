package vn.thidua.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.plan.PlanFormatException;

/**
 * Finds the plan file a command names, reads it and renders it, for every {@code thidua:*} command
 * that takes a plan file (in this bundle and in the rules, store and export bundles). Failures are
 * {@link CommandException}s, which the Karaf console prints as one red line ("Error executing
 * command: …") without a stack trace.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    /**
     * The file {@code name} denotes: an absolute path as it is; a relative one against
     * {@code currentDir} first, then against {@code karafBase} (may be {@code null} outside Karaf).
     */
    public static Path resolve(String name, Path currentDir, Path karafBase) throws CommandException {
        Path given;
        try {
            given = Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandException("Not a file name: " + name, e);
        }
        if (given.isAbsolute()) {
            Path file = given.normalize();
            if (Files.isRegularFile(file)) {
                return file;
            }
            throw new CommandException("Plan file not found: " + name);
        }
        List<Path> candidates = Stream.of(currentDir, karafBase)
                .filter(Objects::nonNull)
                .map(dir -> dir.resolve(given).toAbsolutePath().normalize())
                .distinct()
                .toList();
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        String looked = candidates.stream().map(Path::toString).collect(Collectors.joining(" and "));
        throw new CommandException("Plan file not found: " + name + " (looked for " + looked + ")");
    }

    /** The plan in {@code file} as text in reading order. */
    public static String show(PlanCodec codec, Path file) throws CommandException {
        return codec.readingOrder(read(codec, file));
    }

    /** The plan in {@code file}; the message of a failure names the file and, for a bad plan, the field. */
    public static Plan read(PlanCodec codec, Path file) throws CommandException {
        try (InputStream in = Files.newInputStream(file)) {
            return codec.read(in);
        } catch (PlanFormatException e) {
            // The message starts with the JSON Pointer of the field at fault (e.field()).
            throw new CommandException("Not a valid plan: " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw cannotRead(file, e);
        } catch (UncheckedIOException e) {
            // The codec reports I/O failures while reading the stream this way.
            throw cannotRead(file, e.getCause());
        }
    }

    /**
     * The file {@code name} denotes for a command run in {@code session}: relative names against the
     * session's current directory, then {@code ${karaf.base}}.
     */
    public static Path resolve(String name, Session session) throws CommandException {
        Path dir = session == null ? null : session.currentDir();
        String base = System.getProperty("karaf.base");
        return resolve(name, dir != null ? dir : Path.of(System.getProperty("user.dir")),
                base == null || base.isEmpty() ? null : Path.of(base));
    }

    private static CommandException cannotRead(Path file, IOException e) {
        String reason = e instanceof FileSystemException fse
                ? (fse.getReason() != null ? fse.getReason() : fse.getClass().getSimpleName())
                : e.getMessage();
        return new CommandException("Cannot read plan file " + file + ": " + reason, e);
    }
}
