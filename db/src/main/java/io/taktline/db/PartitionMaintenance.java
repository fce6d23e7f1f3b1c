package io.taktline.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the plain-PostgreSQL {@code sample} table partitioned ahead of time: runs the
 * {@code sample_ensure_partitions} function at open and then hourly.
 */
final class PartitionMaintenance implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionMaintenance.class);
    static final int DAYS_BACK = 3;
    static final int DAYS_AHEAD = 7;

    private final DataSource dataSource;

    PartitionMaintenance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select sample_ensure_partitions(" + DAYS_BACK + ", " + DAYS_AHEAD + ")")) {
            rs.next();
            int created = rs.getInt(1);
            if (created > 0) {
                LOG.info("sample: created {} daily partitions", created);
            }
        } catch (SQLException | RuntimeException e) {
            // Samples still land in the default partition; the next hourly run tries again.
            LOG.warn("sample: creating daily partitions failed ({}); will retry within the hour", e.toString());
        }
    }
}
