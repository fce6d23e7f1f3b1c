package io.taktline.core.access;

/** A change to users or tokens that cannot be made, with a message that says what to do instead. */
public final class AccessException extends RuntimeException {

    /** What kind of refusal: the REST layer answers 400, 404 or 409. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;

    private AccessException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static AccessException invalid(String message) {
        return new AccessException(Kind.INVALID, message);
    }

    public static AccessException notFound(String message) {
        return new AccessException(Kind.NOT_FOUND, message);
    }

    public static AccessException conflict(String message) {
        return new AccessException(Kind.CONFLICT, message);
    }
}
