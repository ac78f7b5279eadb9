package vn.thidua.importer.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

import vn.thidua.importer.ImportException;
import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.PlanImporter;
import vn.thidua.plan.PlanCodec;
import vn.thidua.shell.PlanFiles;

/** {@code thidua:plan-import-doc FILE}: a Word, PDF or text plan imported into a plan, with its review list. */
@Service
@Command(scope = "thidua", name = "plan-import-doc",
        description = "Imports a plan document (.docx, .pdf with a text layer, .txt/.md) into a structured plan:"
                + " prints the review list and writes the plan JSON (--out) or prints it.")
public class PlanImportDocCommand implements Action {

    @Reference
    PlanImporter importer;

    @Reference
    PlanCodec codec;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", required = true,
            description = "The document: absolute, or relative to the current directory or else to ${karaf.base}")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "-o", aliases = "--out", description = "Write the plan JSON to this file instead of printing it")
    String out;

    @Option(name = "-p", aliases = "--province", description = "The province code (gia-lai) when the document does not say it")
    String province;

    @Option(name = "-y", aliases = "--year", description = "The plan's year when the document does not say it")
    Integer year;

    @Override
    public Object execute() throws Exception {
        Path path = PlanFiles.resolve(file, session);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CommandException("file: cannot read " + path + ": " + e.getMessage());
        }
        ImportResult result;
        try {
            result = importer.importPlan(bytes, null, new ImportOptions(path.getFileName().toString(), province, year));
        } catch (ImportException e) {
            throw new CommandException("file: " + path.getFileName() + ": " + e.reason());
        }
        String json = codec.write(result.plan());
        System.out.println(ReviewReport.of(path.getFileName().toString(), result));
        if (out != null) {
            Path target = PlanFiles.resolve(out, session);
            Files.writeString(target, json);
            System.out.println("Plan written to " + target);
        } else {
            System.out.println(json);
        }
        return null;
    }
}
