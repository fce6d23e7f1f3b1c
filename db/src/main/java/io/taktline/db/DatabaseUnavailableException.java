package io.taktline.db;

/** The database could not be reached, started or migrated; the message names the setting and what to do. */
public final class DatabaseUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
