package vn.thidua.web.internal;

import java.security.Principal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/** A sign-in against Karaf's JAAS realm, the same accounts as the console and the REST API. */
final class JaasLogin {

    static final String VIEWER = "viewer";
    static final String EDITOR = "editor";
    static final String ADMIN = "admin";

    private final String realm;

    JaasLogin(String realm) {
        this.realm = realm;
    }

    /** The API roles of the account (admin ⊇ editor ⊇ viewer), or empty when the password is wrong. */
    Optional<Set<String>> login(String user, char[] password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads the realm's proxy login module through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            login.login();
            Set<String> granted = new HashSet<>();
            for (Principal principal : subject.getPrincipals(RolePrincipal.class)) {
                granted.add(principal.getName());
            }
            login.logout();
            return Optional.of(effective(granted));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The API's roles, each including the ones below it, as the REST API reads them. */
    static Set<String> effective(Collection<String> granted) {
        Set<String> roles = new TreeSet<>();
        if (granted.contains(ADMIN)) {
            roles.addAll(Set.of(ADMIN, EDITOR, VIEWER));
        }
        if (granted.contains(EDITOR)) {
            roles.addAll(Set.of(EDITOR, VIEWER));
        }
        if (granted.contains(VIEWER)) {
            roles.add(VIEWER);
        }
        return roles;
    }

    private static void answer(Callback[] callbacks, String user, char[] password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.clone());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
