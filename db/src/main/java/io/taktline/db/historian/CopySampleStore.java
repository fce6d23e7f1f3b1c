package io.taktline.db.historian;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Stores a batch idempotently by binary COPY. The fast way, for fresh samples, copies straight into the target
 * table; if a row is already there (unique violation) the transaction is rolled back and the batch goes the
 * safe way: COPY into a per-connection temporary staging table, then one
 * {@code INSERT ... ON CONFLICT (tag_id, time) DO NOTHING}. Replayed batches, which likely overlap stored
 * rows, go the safe way at once. Either way a batch stored twice leaves one copy. Not thread-safe.
 */
final class CopySampleStore implements SampleStore {

    /** A batch that hangs longer than this counts as failed, so that the writer turns to its spool. */
    private static final int STATEMENT_TIMEOUT_SECONDS = 60;

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final boolean directFirst;

    /** @param directFirst try COPY straight into the table first (fresh samples), else always merge */
    CopySampleStore(DataSource dataSource, boolean directFirst) {
        this.dataSource = dataSource;
        this.directFirst = directFirst;
    }

    @Override
    public void store(EncodedBatch batch) throws SQLException {
        if (directFirst) {
            try {
                copyDirect(batch);
                return;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        merge(batch);
    }

    private void copyDirect(EncodedBatch batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                copy(c, batch.table().name, batch);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void copy(Connection c, String into, EncodedBatch batch) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + into + " (time, tag_id, value, quality) from stdin (format binary)");
        try {
            copy.writeToCopy(batch.bytes(), 0, batch.length());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void merge(EncodedBatch batch) throws SQLException {
        EncodedBatch.Table table = batch.table();
        String staging = table.name + "_staging";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
                s.execute("create temp table if not exists " + staging + " (" + table.columnDefinitions
                        + ") on commit delete rows");
                copy(c, staging, batch);
                s.executeUpdate("insert into " + table.name + " (time, tag_id, value, quality)"
                        + " select time, tag_id, value, quality from " + staging
                        + " on conflict (tag_id, time) do nothing");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
