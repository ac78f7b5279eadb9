package vn.thidua.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

import vn.thidua.plan.PlanCodec;
import vn.thidua.shell.PlanFiles;

/** {@code thidua:plan-show FILE}: prints a plan JSON document as text, in the order of the original. */
@Service
@Command(scope = "thidua", name = "plan-show",
        description = "Shows a plan (Kế hoạch thi đua) JSON file as text, in the order of the original document.")
public class PlanShowCommand implements Action {

    @Reference
    PlanCodec codec;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", required = true,
            description = "The plan JSON file: an absolute path, or one relative to the current directory or else to ${karaf.base}"
                    + " (e.g. examples/003_44668950db2da263.json).")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        Path plan = PlanFiles.resolve(file, session);
        String text = PlanFiles.show(codec, plan);
        System.out.print(text);
        System.out.flush();
        return null;
    }
}
