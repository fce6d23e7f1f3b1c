package io.taktline.core.access;

/**
 * Who is making a request: a signed-in user, an API token or a kiosk screen, with its role.
 * {@link #name()} is what the audit trail records: the user name, {@code token:<name>} or
 * {@code screen:<name>}.
 */
public record Identity(Kind kind, long id, String name, Role role, boolean mustChangePassword)
        implements java.io.Serializable {

    public enum Kind {
        USER,
        TOKEN,
        SCREEN
    }

    static Identity of(UserAccount user) {
        return new Identity(Kind.USER, user.id(), user.username(), user.role(), user.mustChangePassword());
    }

    static Identity of(AccessToken token) {
        return token.kind() == AccessToken.Kind.SCREEN
                ? new Identity(Kind.SCREEN, token.id(), "screen:" + token.name(), token.role(), false)
                : new Identity(Kind.TOKEN, token.id(), "token:" + token.name(), token.role(), false);
    }
}
