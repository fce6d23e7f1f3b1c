package io.taktline.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What TimescaleDB's policies do, done by the application on plain PostgreSQL: keeps the {@code sample}
 * table partitioned ahead of time and drops expired partitions (at open, then hourly), and keeps the
 * {@code sample_1m}/{@code sample_1h} rollups current (every minute over the last 15 minutes, hourly over
 * the last 3 hours, so that samples replayed from a spool after a shorter outage are rolled up too).
 */
final class PartitionMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionMaintenance.class);
    static final int DAYS_BACK = 3;
    static final int DAYS_AHEAD = 7;

    private final DataSource dataSource;

    PartitionMaintenance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Partitions ahead, expired ones dropped, and a wide rollup. */
    void hourly() {
        int created = queryInt("select sample_ensure_partitions(" + DAYS_BACK + ", " + DAYS_AHEAD + ")", "creating");
        if (created > 0) {
            LOG.info("sample: created {} daily partitions", created);
        }
        int dropped = queryInt("select sample_drop_expired()", "dropping expired");
        if (dropped > 0) {
            LOG.info("sample: dropped {} daily partitions past the retention period", dropped);
        }
        queryInt("select sample_rollup(now() - interval '3 hours', now())", "rolling up");
    }

    void everyMinute() {
        queryInt("select sample_rollup(now() - interval '15 minutes', now())", "rolling up");
    }

    private int queryInt(String sql, String what) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException | RuntimeException e) {
            // Samples still land (in the default partition if need be); the next run tries again.
            LOG.warn("sample: {} partitions or rollups failed ({}); will retry at the next run", what, e.toString());
            return 0;
        }
    }
}
