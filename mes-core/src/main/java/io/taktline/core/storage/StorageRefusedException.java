package io.taktline.core.storage;

/**
 * The database refused what a request asked to store: a value it cannot hold (a data exception) or
 * one that breaks a rule of the schema (a constraint). Nothing of the request was stored; the
 * message is the database's first line, without SQL or bound values.
 */
public final class StorageRefusedException extends StorageException {

    private final boolean conflict;

    public StorageRefusedException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
        this.conflict = sqlState != null && sqlState.startsWith("23");
    }

    /** A rule of the schema (unique, foreign key, check) rather than a value it cannot hold. */
    public boolean conflict() {
        return conflict;
    }

    /** The exception a failed database call is to its caller, by the class of its SQLState. */
    public static StorageException of(java.sql.SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return new StorageUnavailableException(e.getMessage(), e);
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return new StorageRefusedException(firstLine(e.getMessage()), state, e);
        }
        return new StorageException(
                "the database could not complete the request (SQLState " + state + ": " + firstLine(e.getMessage())
                        + "); try again, and see the log if it persists",
                state,
                e);
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
