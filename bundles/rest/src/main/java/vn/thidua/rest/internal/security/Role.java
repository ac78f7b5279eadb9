package vn.thidua.rest.internal.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** The API's roles, each including the ones below it: admin ⊇ editor ⊇ viewer. */
public final class Role {

    /** Reads plans, tasks, validations, documents and rule packs. */
    public static final String VIEWER = "viewer";
    /** Also writes plans and tasks. */
    public static final String EDITOR = "editor";
    /** Also sees the realm's users. */
    public static final String ADMIN = "admin";

    private Role() {
    }

    /** The API roles that realm or token roles grant, with the ones they include; others are dropped. */
    public static Set<String> effective(Collection<String> granted) {
        Set<String> roles = new TreeSet<>();
        if (granted.contains(ADMIN)) {
            roles.add(ADMIN);
            roles.add(EDITOR);
            roles.add(VIEWER);
        }
        if (granted.contains(EDITOR)) {
            roles.add(EDITOR);
            roles.add(VIEWER);
        }
        if (granted.contains(VIEWER)) {
            roles.add(VIEWER);
        }
        return roles;
    }
}
