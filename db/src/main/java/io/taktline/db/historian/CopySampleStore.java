package io.taktline.db.historian;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Stores a batch by binary COPY into a per-connection temporary staging table, then one
 * {@code INSERT ... ON CONFLICT (tag_id, time) DO NOTHING} into {@code sample}: COPY speed, and a replayed
 * batch adds nothing. Used by the writer thread only.
 */
final class CopySampleStore implements SampleStore {

    private static final String CREATE_STAGING = "create temp table if not exists sample_staging"
            + " (time timestamptz, tag_id bigint, value double precision, quality smallint) on commit delete rows";
    private static final String COPY = "copy sample_staging (time, tag_id, value, quality) from stdin (format binary)";
    private static final String MERGE = "insert into sample (time, tag_id, value, quality)"
            + " select time, tag_id, value, quality from sample_staging on conflict (tag_id, time) do nothing";

    private final DataSource dataSource;
    private final PgCopyBinaryEncoder encoder = new PgCopyBinaryEncoder();

    CopySampleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void store(SampleBatch batch) throws SQLException {
        encoder.encode(batch);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(CREATE_STAGING);
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
                try {
                    copy.writeToCopy(encoder.array(), 0, encoder.length());
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                s.executeUpdate(MERGE);
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
