package io.taktline.db.historian;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Stores a batch by binary COPY into a per-connection temporary staging table, then one
 * {@code INSERT ... ON CONFLICT (tag_id, time) DO NOTHING} into the target table: COPY speed, and a replayed
 * batch adds nothing. Not thread-safe: one per thread.
 */
final class CopySampleStore implements SampleStore {

    /** A batch that hangs longer than this counts as failed, so that the writer turns to its spool. */
    private static final int STATEMENT_TIMEOUT_SECONDS = 60;

    private final DataSource dataSource;

    CopySampleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void store(EncodedBatch batch) throws SQLException {
        EncodedBatch.Table table = batch.table();
        String staging = table.name + "_staging";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
                s.execute("create temp table if not exists " + staging + " (" + table.columnDefinitions
                        + ") on commit delete rows");
                CopyIn copy = c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy " + staging + " (time, tag_id, value, quality) from stdin (format binary)");
                try {
                    copy.writeToCopy(batch.bytes(), 0, batch.length());
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
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
