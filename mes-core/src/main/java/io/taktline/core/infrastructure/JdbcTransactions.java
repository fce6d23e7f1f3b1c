package io.taktline.core.infrastructure;

import io.taktline.core.storage.StorageException;
import io.taktline.core.storage.StorageRefusedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The JDBC stores' one transaction mechanism (downtime, reason tree, shift calendars, audit trail):
 * a connection per unit of work, committed when it returns, rolled back when it throws; with the
 * instants as PostgreSQL's {@code timestamptz} and the one writer of {@code audit_log}.
 */
public final class JdbcTransactions {

    /** Work on one connection, inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns, rolled back when it throws.
     *
     * @throws StorageException what the database answered, by its SQLState's class
     */
    public <T> T inTransaction(Work<T> work) {
        try {
            return transaction(work);
        } catch (SQLException e) {
            throw StorageRefusedException.of(e);
        }
    }

    /** Work on a connection without a transaction of its own (one statement, auto-committed). */
    public <T> T withConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw StorageRefusedException.of(e);
        }
    }

    private <T> T transaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * One entry of the audit trail, written in the change's own transaction: both are kept, or
     * neither. {@code before} and {@code after} are JSON (or null).
     */
    public static void audit(
            Connection c, String actor, String action, String entity, String key, String before, String after)
            throws SQLException {
        try (AuditBatch batch = new AuditBatch(c)) {
            batch.add(actor, action, entity, key, before, after);
        }
    }

    /** The one writer of {@code audit_log}: entries added to it are inserted, in one batch, when it closes. */
    public static final class AuditBatch implements AutoCloseable {

        private final PreparedStatement insert;
        private int added;

        public AuditBatch(Connection c) throws SQLException {
            insert = c.prepareStatement("insert into audit_log"
                    + " (at, actor, action, entity, entity_key, old_value, new_value)"
                    + " values (now(), ?, ?, ?, ?, ?::jsonb, ?::jsonb)");
        }

        public void add(String actor, String action, String entity, String key, String before, String after)
                throws SQLException {
            insert.setString(1, actor);
            insert.setString(2, action);
            insert.setString(3, entity);
            insert.setString(4, key);
            insert.setString(5, before);
            insert.setString(6, after);
            insert.addBatch();
            added++;
        }

        @Override
        public void close() throws SQLException {
            try {
                if (added > 0) {
                    insert.executeBatch();
                }
            } finally {
                insert.close();
            }
        }
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
