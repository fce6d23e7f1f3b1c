package io.taktline.core.andon;

/** A request about andon calls that cannot be done as asked; the message says why and what to do. */
public final class AndonException extends RuntimeException {

    /** What kind of refusal it is, for the answer's status. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;

    private AndonException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static AndonException invalid(String message) {
        return new AndonException(Kind.INVALID, message);
    }

    public static AndonException notFound(String message) {
        return new AndonException(Kind.NOT_FOUND, message);
    }

    public static AndonException conflict(String message) {
        return new AndonException(Kind.CONFLICT, message);
    }
}
