package io.taktline.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What the migrations decided (storage_layout) and what the server is, read once at open. */
record StorageProfile(StorageCapabilities capabilities, String timescaleVersion) {

    static StorageProfile read(DataSource dataSource) throws DatabaseUnavailableException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('server_version'),"
                        + " (select time_series = 'TIMESCALEDB' from storage_layout),"
                        + " (select extversion from pg_extension where extname = 'timescaledb')")) {
            rs.next();
            String version = rs.getString(1).split(" ")[0];
            return new StorageProfile(new StorageCapabilities(rs.getBoolean(2), version), rs.getString(3));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "cannot read the storage layout after migrating (" + ConnectionFailure.rootCause(e) + ")", e);
        }
    }

    String describe(String url) {
        return "PostgreSQL " + capabilities.serverVersion() + " at " + ConnectionFailure.redact(url)
                + (capabilities.timescaleDb() ? ", TimescaleDB " + timescaleVersion : ", native partitions");
    }
}
