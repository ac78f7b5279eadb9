package vn.thidua.rest.internal.security;

import java.util.Optional;
import java.util.Set;

/** Checks a user name and password against a realm. */
public interface PasswordCheck {

    /** The user's realm roles when the password is right, empty when it is not (or the user is unknown). */
    Optional<Set<String>> login(String user, String password);
}
