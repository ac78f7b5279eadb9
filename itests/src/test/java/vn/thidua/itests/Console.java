package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.List;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Console commands run as an administrator types them. Kept out of {@link PlatformTestSupport}, whose
 * fields and methods JUnit and Pax Exam reflect on, so that a test of a distribution booted without
 * Karaf's shell still loads it.
 */
final class Console {

    /** The roles of Karaf's {@code admingroup} (etc/users.properties). */
    private static final List<String> ADMIN_ROLES = List.of("admin", "manager", "viewer", "systembundles");

    private Console() {
    }

    /**
     * Runs the commands in one session (so that {@code jaas:realm-manage} holds for the {@code jaas:*}
     * commands after it), with the roles of Karaf's {@code admingroup}, which the command ACLs of
     * {@code feature:*} and {@code bundle:*} require: {@code bundle:update} wants {@code manager},
     * {@code feature:install} {@code admin}. A failing command throws its exception.
     */
    static String execute(SessionFactory sessionFactory, String... commands) throws Exception {
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("itest"));
        for (String role : ADMIN_ROLES) {
            admin.getPrincipals().add(new RolePrincipal(role));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, UTF_8);
                Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), print, print)) {
            Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> {
                for (String command : commands) {
                    session.execute(command);
                }
                return null;
            });
            print.flush();
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
        return out.toString(UTF_8);
    }
}
