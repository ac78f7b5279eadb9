package vn.thidua.export.shell.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.shell.PlanFiles;

/** {@code thidua:export FILE --format docx --out FILE}: writes a plan as a document. */
@Service
@Command(scope = "thidua", name = "export",
        description = "Exports a plan (Kế hoạch thi đua) JSON file as a document: docx, pdf, html, md or ics.")
public class ExportCommand implements Action {

    @Reference
    PlanCodec codec;

    /**
     * The export is looked up when the command runs, not injected: Karaf's shell gets a command's
     * referenced services when it registers the command, so a {@code DocumentExports} field would
     * start the export and every exporter (PDFBox, OpenHTMLtoPDF, the PDF fonts) with the console at
     * boot, which nothing there needs.
     */
    @Reference
    BundleContext bundleContext;

    @Reference(optional = true)
    Session session;

    @Argument(index = 0, name = "file", required = true,
            description = "The plan JSON file: an absolute path, or one relative to the current directory or else to ${karaf.base}.")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--format", aliases = "-f",
            description = "The document format: one of the installed formats (docx, pdf, html, md, ics).")
    String format;

    @Option(name = "--out", aliases = "-o",
            description = "The file to write; relative names are relative to the current directory.")
    @Completion(FileCompleter.class)
    String out;

    /**
     * Karaf's parser takes options only before the first argument; the syntax puts them
     * after the file ({@code thidua:export FILE --format docx --out FILE}), so they are read here too.
     */
    @Argument(index = 1, name = "options", multiValued = true,
            description = "--format and --out, when given after the file.")
    List<String> trailing;

    @Override
    public Object execute() throws Exception {
        ServiceReference<DocumentExports> reference = bundleContext.getServiceReference(DocumentExports.class);
        DocumentExports exports = reference == null ? null : bundleContext.getService(reference);
        if (exports == null) {
            throw new CommandException("The document export service is not running (feature thidua-export)");
        }
        try {
            return export(exports);
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private Object export(DocumentExports exports) throws Exception {
        readTrailingOptions();
        if (format == null) {
            throw new CommandException("--format: required; installed formats: " + String.join(", ", exports.formats()));
        }
        if (out == null) {
            throw new CommandException("--out: required; name the file to write");
        }
        DocumentExporter exporter = exports.exporter(format).orElseThrow(() -> new CommandException(
                "--format: no exporter for '" + format + "'; installed formats: " + String.join(", ", exports.formats())));
        Path target = target();
        Plan plan = PlanFiles.read(codec, PlanFiles.resolve(file, session));
        write(plan, exporter, target);
        System.out.println("Wrote " + target + " (" + Files.size(target) + " bytes, " + exporter.mediaType() + ")");
        return null;
    }

    private void readTrailingOptions() throws CommandException {
        if (trailing == null) {
            return;
        }
        for (int i = 0; i < trailing.size(); i++) {
            String option = trailing.get(i);
            boolean isFormat = option.equals("--format") || option.equals("-f");
            boolean isOut = option.equals("--out") || option.equals("-o");
            if (!isFormat && !isOut) {
                throw new CommandException("Unexpected argument '" + option + "': only --format and --out may follow the plan file");
            }
            if (i + 1 >= trailing.size()) {
                throw new CommandException(option + ": a value is missing");
            }
            if (isFormat) {
                format = trailing.get(++i);
            } else {
                out = trailing.get(++i);
            }
        }
    }

    private Path target() throws CommandException {
        Path target;
        try {
            target = Path.of(out);
        } catch (RuntimeException e) {
            throw new CommandException("--out: not a file name: " + out, e);
        }
        if (!target.isAbsolute()) {
            Path dir = session == null ? null : session.currentDir();
            target = (dir != null ? dir : Path.of(System.getProperty("user.dir"))).resolve(target);
        }
        target = target.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (Files.isDirectory(target)) {
            throw new CommandException("--out: " + target + " is a directory; name a file");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CommandException("--out: directory " + parent + " does not exist");
        }
        return target;
    }

    /** Writes beside the target and moves it in place, so a failed export leaves the old file intact. */
    private static void write(Plan plan, DocumentExporter exporter, Path target) throws CommandException {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream stream = Files.newOutputStream(temp)) {
                exporter.export(plan, stream);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new CommandException("--out: cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw new CommandException("--format " + exporter.format() + ": the export failed: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Nothing more to do: the target was never touched.
            }
        }
    }
}
