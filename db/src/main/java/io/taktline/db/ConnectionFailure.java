package io.taktline.db;

import java.sql.SQLException;

/** Turns a failed connection attempt into a message that names the setting to fix. */
final class ConnectionFailure {

    static final String URL_KEY = "TAKTLINE_DB_URL";
    static final String USER_KEY = "TAKTLINE_DB_USER";
    static final String PASSWORD_KEY = "TAKTLINE_DB_PASSWORD";

    private ConnectionFailure() {}

    static DatabaseUnavailableException notPostgresUrl(String url) {
        return new DatabaseUnavailableException(URL_KEY + "=" + redact(url)
                + " is not a PostgreSQL JDBC URL; expected jdbc:postgresql://host:port/database, or unset " + URL_KEY
                + " to use the embedded database");
    }

    static DatabaseUnavailableException of(String url, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new DatabaseUnavailableException(
                    "PostgreSQL at " + URL_KEY + "=" + redact(url) + " rejected " + USER_KEY + "=" + user + " ("
                            + rootCause(e) + "); check " + USER_KEY + " and " + PASSWORD_KEY,
                    e);
        }
        if (state.equals("3D000")) {
            return new DatabaseUnavailableException(
                    "the database named in " + URL_KEY + "=" + redact(url) + " does not exist (" + rootCause(e)
                            + "); create it (CREATE DATABASE ... OWNER " + user + ") or fix the URL",
                    e);
        }
        return new DatabaseUnavailableException(
                "cannot connect to " + URL_KEY + "=" + redact(url) + " (" + rootCause(e) + "); check the URL, or unset "
                        + URL_KEY + " to use the embedded database",
                e);
    }

    /** The URL as it may be shown: a password given as a URL parameter is masked. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** "UnknownHostException: nohost" — the innermost cause is what the operator can act on. */
    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
