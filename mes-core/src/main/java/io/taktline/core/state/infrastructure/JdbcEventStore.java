package io.taktline.core.state.infrastructure;

import io.taktline.core.oee.PartKind;
import io.taktline.core.oee.ProductionHistory;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import io.taktline.core.storage.StorageRefusedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The derived events of the assets in plain JDBC (time series stay off JPA): state changes and
 * counted parts, written idempotently so a replay never doubles them, and read back as intervals
 * and sums for the KPIs.
 */
public final class JdbcEventStore implements ProductionHistory {

    private final DataSource dataSource;

    public JdbcEventStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void stateChanged(long assetId, Instant at, EquipmentState state) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into equipment_state (asset_id, start_time, state) values (?, ?, ?) on conflict do nothing")) {
            insert.setLong(1, assetId);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, state.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw StorageRefusedException.of(e);
        }
    }

    public void partsCounted(long assetId, Instant at, long parts) {
        partsCounted(assetId, PartKind.PRODUCED, at, parts);
    }

    public void partsCounted(long assetId, PartKind kind, Instant at, long parts) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into part_count (asset_id, kind, time, parts) values (?, ?, ?, ?) on conflict do nothing")) {
            insert.setLong(1, assetId);
            insert.setString(2, kind.name());
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setLong(4, parts);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw StorageRefusedException.of(e);
        }
    }

    /**
     * The asset's states over [from, to): the state in force at {@code from} and every change
     * after, each lasting until the next; the last one lasts until {@code until} (now, or {@code to}).
     */
    @Override
    public List<StateInterval> intervals(long assetId, Instant from, Instant to, Instant until) {
        String sql = """
                (select start_time, state from equipment_state
                  where asset_id = ? and start_time <= ? order by start_time desc limit 1)
                union all
                (select start_time, state from equipment_state
                  where asset_id = ? and start_time > ? and start_time < ? order by start_time)
                order by start_time
                """;
        List<Instant> starts = new ArrayList<>();
        List<EquipmentState> states = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, assetId);
            query.setTimestamp(2, Timestamp.from(from));
            query.setLong(3, assetId);
            query.setTimestamp(4, Timestamp.from(from));
            query.setTimestamp(5, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    starts.add(rows.getTimestamp(1).toInstant());
                    states.add(EquipmentState.valueOf(rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw StorageRefusedException.of(e);
        }
        List<StateInterval> intervals = new ArrayList<>();
        Instant last = until.isBefore(to) ? until : to;
        for (int i = 0; i < starts.size(); i++) {
            Instant end = i + 1 < starts.size() ? starts.get(i + 1) : last;
            if (end.isAfter(starts.get(i))) {
                intervals.add(new StateInterval(states.get(i), starts.get(i), end));
            }
        }
        return intervals;
    }

    /** Parts made (counted by the part counter) in [from, to). */
    public long parts(long assetId, Instant from, Instant to) {
        return counts(assetId, from, to).getOrDefault(PartKind.PRODUCED, 0L);
    }

    /** Parts counted in [from, to) by kind; a kind the asset has no counter for is absent. */
    @Override
    public Map<PartKind, Long> counts(long assetId, Instant from, Instant to) {
        Map<PartKind, Long> counts = new EnumMap<>(PartKind.class);
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement(
                        "select kind, sum(parts) from part_count where asset_id = ? and time >= ? and time < ? group by kind")) {
            query.setLong(1, assetId);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(PartKind.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw StorageRefusedException.of(e);
        }
        return counts;
    }

    /** When each part was made (PRODUCED) in [from, to), oldest first; a reading of n parts gives n entries. */
    public List<Instant> partTimes(long assetId, Instant from, Instant to) {
        List<Instant> times = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("select time, parts from part_count"
                        + " where asset_id = ? and kind = 'PRODUCED' and time >= ? and time < ? order by time")) {
            query.setLong(1, assetId);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant at = rows.getTimestamp(1).toInstant();
                    for (int i = 0; i < rows.getInt(2); i++) {
                        times.add(at);
                    }
                }
            }
        } catch (SQLException e) {
            throw StorageRefusedException.of(e);
        }
        return times;
    }
}
