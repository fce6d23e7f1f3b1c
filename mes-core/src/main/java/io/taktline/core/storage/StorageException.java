package io.taktline.core.storage;

/**
 * The plant's database did not complete what a service asked of it. Services and their callers see
 * this, never JDBC's checked exceptions; the message says what happened without SQL or bound values.
 * {@link StorageUnavailableException}: it could not be reached; {@link StorageRefusedException}: it
 * refused a value; this class itself: anything else (a bug or an overload, to be looked at in the log).
 */
public class StorageException extends RuntimeException {

    private final String sqlState;

    public StorageException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLState the database answered, or null. */
    public String sqlState() {
        return sqlState;
    }
}
