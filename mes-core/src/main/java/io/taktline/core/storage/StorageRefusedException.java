package io.taktline.core.storage;

/**
 * The database refused what a request asked to store: a value it cannot hold (a data exception) or
 * one that breaks a rule of the schema (a constraint). Nothing of the request was stored; the
 * message is the database's first line, without SQL or bound values.
 */
public final class StorageRefusedException extends RuntimeException {

    private final boolean conflict;

    public StorageRefusedException(String message, boolean conflict, Throwable cause) {
        super(message, cause);
        this.conflict = conflict;
    }

    /** A rule of the schema (unique, foreign key, check) rather than a value it cannot hold. */
    public boolean conflict() {
        return conflict;
    }

    /** What the database said, first line only: PostgreSQL's detail lines repeat the values. */
    public static String firstLine(String message) {
        if (message == null) {
            return "the database refused the value";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return line.startsWith("ERROR: ") ? line.substring(7) : line;
    }
}
