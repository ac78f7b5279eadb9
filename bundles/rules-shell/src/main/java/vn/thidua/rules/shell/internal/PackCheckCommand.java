package vn.thidua.rules.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.rules.PackChange;
import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.PackProblem;
import vn.thidua.rules.RulePackChecker;
import vn.thidua.rules.ValidationReport;
import vn.thidua.shell.PlanFiles;

/**
 * {@code thidua:pack-check FILE}: a descriptor (YAML/JSON) or a pack bundle (its {@code rulepacks/*} entries)
 * checked as the registry would load it, without installing anything.
 */
@Service
@Command(scope = "thidua", name = "pack-check",
        description = "Checks a rule pack (descriptor .yaml/.json, or a pack .jar) without installing it: every problem with its"
                + " JSON Pointer, the years it drafts, the plans given validated, what it changes against the pack in force.")
public class PackCheckCommand implements Action {

    /** Where a pack bundle keeps its descriptors (the extender's folder). */
    private static final String FOLDER = "rulepacks/";

    @Reference
    RulePackChecker checker;

    @Reference
    PlanCodec codec;

    @Reference
    Session session;

    @Option(name = "-p", aliases = "--plan", multiValued = true, description = "A plan JSON file to validate against the pack")
    List<String> planFiles;

    @Argument(index = 0, name = "file", required = true,
            description = "The descriptor or pack jar: absolute, or relative to the current directory or else to ${karaf.base}.")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        Path path = PlanFiles.resolve(file, session);
        List<Plan> plans = new ArrayList<>();
        for (String planFile : planFiles == null ? List.<String>of() : planFiles) {
            plans.add(PlanFiles.read(codec, PlanFiles.resolve(planFile, session)));
        }
        Map<String, byte[]> descriptors = descriptors(path);
        int broken = 0;
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, byte[]> descriptor : descriptors.entrySet()) {
            PackCheckReport report = checker.check(descriptor.getValue(), descriptor.getKey(), plans);
            out.append(text(descriptor.getKey(), report));
            broken += report.installable() ? 0 : 1;
        }
        System.out.print(out);
        System.out.flush();
        if (broken > 0) {
            throw new CommandException(broken + " of " + descriptors.size() + " pack(s) would be refused; nothing was installed");
        }
        return null;
    }

    private static Map<String, byte[]> descriptors(Path path) throws CommandException, IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (!path.getFileName().toString().endsWith(".jar")) {
            out.put(path.getFileName().toString(), Files.readAllBytes(path));
            return out;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            List<JarEntry> entries = Collections.list(jar.entries()).stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(FOLDER)
                            && e.getName().matches(".*\\.(ya?ml|json)"))
                    .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        if (out.isEmpty()) {
            throw new CommandException(path + ": no descriptor under " + FOLDER + " in this jar");
        }
        return out;
    }

    static String text(String name, PackCheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append(name).append(": ").append(report.pack() == null ? "unreadable" : report.pack().id())
                .append(report.installable() ? " — installable" : " — would be REFUSED").append('\n');
        for (PackProblem problem : report.problems()) {
            out.append("  PROBLEM ").append(problem.pointer().isEmpty() ? "/" : problem.pointer()).append("\n          ")
                    .append(problem.message()).append('\n');
        }
        if (!report.draftedYears().isEmpty()) {
            out.append("  drafted ").append(report.draftedYears()).append(" with no error\n");
        }
        for (ValidationReport plan : report.plans()) {
            out.append(Reports.text("  plan", plan.pack().validFrom(), plan));
        }
        if (report.pack() != null) {
            out.append(report.inForce() == null ? "  no pack of the province is in force on " + report.pack().validFrom() + "\n"
                    : "  changes against " + report.inForce() + " (in force on " + report.pack().validFrom() + "):"
                            + (report.changes().isEmpty() ? " none" : "") + "\n");
        }
        for (PackChange change : report.changes()) {
            out.append(String.format("  %-8s %-11s %s%n", change.change(), change.area(), change.item()));
            if ("changed".equals(change.change())) {
                out.append("           was: ").append(change.before()).append("\n           now: ").append(change.after()).append('\n');
            }
        }
        return out.toString();
    }
}
