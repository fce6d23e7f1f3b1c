package io.taktline.db;

import java.nio.file.Path;

/**
 * Where the database is.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code TAKTLINE_DB_URL}); null or blank starts the embedded one
 * @param user database user ({@code TAKTLINE_DB_USER}); ignored for the embedded database
 * @param password database password ({@code TAKTLINE_DB_PASSWORD}); ignored for the embedded database
 * @param dataDir the application's data folder; the embedded database keeps its files in {@code dataDir/postgres}
 */
public record DatabaseSettings(String url, String user, String password, Path dataDir) {

    boolean embedded() {
        return url == null || url.isBlank();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + ConnectionFailure.redact(url) + ", user=" + user + ", password="
                + (password == null ? "null" : "***") + ", dataDir=" + dataDir + "]";
    }
}
