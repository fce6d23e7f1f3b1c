package io.taktline.core.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a signed-in user or token may do. The roles of people are ranked: each grants what the ones
 * below it grant (an ENGINEER may do what an OPERATOR may). BOARD is the kiosk screen's: it shows
 * the board and nothing else, and every other role grants it too.
 */
public enum Role {
    /** A kiosk screen: reads the andon board, nothing else. */
    BOARD,
    /** Reads everything. */
    VIEWER,
    /** Classifies and comments stops, raises and acknowledges andon calls. */
    OPERATOR,
    /** Asset model, calendars, plans, reason tree, certificates, writes to PLC tags. */
    ENGINEER,
    /** Users, tokens and settings. */
    ADMIN;

    /** The names as constants, for annotations ({@code @RolesAllowed(Role.ENGINEER_NAME)}). */
    public static final String BOARD_NAME = "BOARD";

    public static final String VIEWER_NAME = "VIEWER";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String ENGINEER_NAME = "ENGINEER";
    public static final String ADMIN_NAME = "ADMIN";

    /** The names the container is told this role is in: itself and every role it ranks above. */
    public Set<String> grants() {
        EnumSet<Role> granted = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (includes(role)) {
                granted.add(role);
            }
        }
        return granted.stream().map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether this role may do what {@code other} may. */
    public boolean includes(Role other) {
        return this == other || (this != BOARD && ordinal() >= other.ordinal());
    }

    /** A role a person can have (every role but BOARD). */
    public boolean forPeople() {
        return this != BOARD;
    }

    /** @throws AccessException naming the value and the roles there are */
    public static Role parse(String field, String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AccessException.invalid(
                    field + " is '" + value + "'; give one of " + java.util.Arrays.toString(values()));
        }
    }
}
