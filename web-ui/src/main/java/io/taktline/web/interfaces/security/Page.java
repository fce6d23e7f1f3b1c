package io.taktline.web.interfaces.security;

import io.taktline.core.access.Role;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every page of the web UI with the role it needs. A page not in this list is not served (PageTest
 * checks that every .xhtml file of the WAR is here). {@code role} null: anyone, signed in or not.
 */
public enum Page {
    SIGN_IN("/login.xhtml", null, true),
    PASSWORD("/password.xhtml", Role.VIEWER, true),
    BOARD("/index.xhtml", Role.BOARD, false),
    LINE_BOARD("/line.xhtml", Role.BOARD, false),
    ANDON("/andon.xhtml", Role.OPERATOR, false),
    DOWNTIME("/downtime.xhtml", Role.VIEWER, false),
    ASSET("/asset.xhtml", Role.VIEWER, false),
    ADMIN("/admin.xhtml", Role.ADMIN, false),
    CONNECTORS("/connectors.xhtml", Role.VIEWER, false),
    SHIFTS("/shifts.xhtml", Role.VIEWER, false);

    private final String path;
    private final Role role;
    private final boolean beforePasswordChange;

    Page(String path, Role role, boolean beforePasswordChange) {
        this.path = path;
        this.role = role;
        this.beforePasswordChange = beforePasswordChange;
    }

    public String path() {
        return path;
    }

    /** The role the page needs, empty when anyone may open it. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** Whether a user who must change the password may open it. */
    public boolean beforePasswordChange() {
        return beforePasswordChange;
    }

    public static Optional<Page> at(String path) {
        String page = path.equals("/") ? "/index.xhtml" : path;
        return Arrays.stream(values()).filter(p -> p.path.equals(page)).findFirst();
    }
}
