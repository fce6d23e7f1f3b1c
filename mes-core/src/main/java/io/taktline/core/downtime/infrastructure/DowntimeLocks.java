package io.taktline.core.downtime.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The advisory locks that serialise writes to the downtime tables within a transaction. */
final class DowntimeLocks {

    private DowntimeLocks() {}

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
}
