package io.taktline.core.downtime.infrastructure;

import io.taktline.core.downtime.DowntimeEvent;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.StopId;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.infrastructure.JdbcTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@link JdbcDowntimeStore#SELECT} as a stored stop. */
final class StopRow {

    private StopRow() {}

    static StoredStop of(ResultSet row) throws SQLException {
        String code = row.getString(5);
        DowntimeReason reason = code == null
                ? null
                : new DowntimeReason(
                        code, row.getString(6), ReasonCategory.valueOf(row.getString(7)), row.getString(8));
        int fault = row.getInt(13);
        Integer faultCode = row.wasNull() ? null : fault;
        return new StoredStop(
                new StopId(row.getLong(1)),
                new DowntimeEvent(
                        row.getLong(2),
                        JdbcTransactions.instant(row, 3),
                        JdbcTransactions.instant(row, 4),
                        reason,
                        DowntimeEvent.Source.valueOf(row.getString(9)),
                        row.getString(10),
                        JdbcTransactions.instant(row, 11),
                        row.getString(12),
                        faultCode));
    }
}
