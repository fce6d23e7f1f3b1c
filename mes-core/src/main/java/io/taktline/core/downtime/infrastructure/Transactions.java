package io.taktline.core.downtime.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** JDBC transactions of the downtime tables, their locks, instants and audit entries. */
final class Transactions {

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Serialises the writes to one asset's stops until the transaction ends: the interpreter's and an
     * operator's, so that neither works on what the other is changing.
     */
    static void lockAsset(Connection c, long assetId) throws SQLException {
        try (PreparedStatement lock =
                c.prepareStatement("select pg_advisory_xact_lock(hashtext('downtime_event'), ?)")) {
            lock.setInt(1, (int) (assetId ^ (assetId >>> 32)));
            lock.executeQuery().close();
        }
    }

    /** Serialises changes of the reason tree. */
    static void lockReasonTree(Connection c) throws SQLException {
        try (PreparedStatement lock =
                c.prepareStatement("select pg_advisory_xact_lock(hashtext('downtime_reason'), 0)")) {
            lock.executeQuery().close();
        }
    }

    /** An entry of the audit trail, written in the change's own transaction: both are kept, or neither. */
    static void audit(Connection c, String actor, String action, String entity, String key, String before, String after)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into audit_log"
                + " (at, actor, action, entity, entity_key, old_value, new_value)"
                + " values (now(), ?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            insert.setString(1, actor);
            insert.setString(2, action);
            insert.setString(3, entity);
            insert.setString(4, key);
            insert.setString(5, before);
            insert.setString(6, after);
            insert.executeUpdate();
        }
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
