package io.taktline.core.downtime.infrastructure;

import io.taktline.core.downtime.DowntimeEvent;
import io.taktline.core.downtime.DowntimeException;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.StopChange;
import io.taktline.core.downtime.StopId;
import io.taktline.core.downtime.StopNotFoundException;
import io.taktline.core.downtime.StopRepository;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.infrastructure.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The stops in plain JDBC: written by the signal interpreter as they open and close, read by the
 * API and the reports, changed by operators.
 *
 * <p>Every write takes a transaction-level lock on the stop's asset first, so the interpreter and an
 * operator never interleave on one asset; and each side writes only what it owns: the interpreter the
 * end, the fault code and an automatic reason (only while the stop has none or an automatic one),
 * the operator the reason, the comment and the boundaries (split, merge). The interpreter finds the
 * stop to close as "the asset's open stop", so a stop split or merged while it runs still closes.
 * Writes from the signals are idempotent: (asset, start) is unique and a closed stop is not closed
 * again, so replaying the same signals never doubles or moves a stop.
 */
public final class JdbcDowntimeStore implements StopRepository {

    static final String SELECT = """
            select e.id, e.asset_id, e.start_time, e.end_time, e.reason_code, r.name, r.category, r.parent_code,
                   e.source, e.classified_by, e.classified_at, e.comment, e.fault_code
              from downtime_event e left join downtime_reason r on r.code = e.reason_code
            """;
    /** Only a reason the tree still has: a rule may name one that an engineer has just removed. */
    private static final String GIVEN_REASON =
            "(select ?::text as code) given left join downtime_reason r on r.code = given.code";

    private final JdbcTransactions db;
    private final Clock clock;

    /** @param clock when an operator classified a stop */
    public JdbcDowntimeStore(DataSource dataSource, Clock clock) {
        this.db = new JdbcTransactions(dataSource);
        this.clock = clock;
    }

    /** Stores what the signal interpreter saw happen to stops, in this order, in one transaction. */
    @Override
    public void apply(List<StopChange> changes) {
        db.inTransaction(c -> {
            for (StopChange change : changes) {
                DowntimeLocks.lockAsset(c, change.assetId());
                if (change instanceof StopChange.Opened opened) {
                    opened(c, opened.stop());
                } else if (change instanceof StopChange.FaultReported reported) {
                    faultReported(c, reported.stop());
                } else if (change instanceof StopChange.Closed closed) {
                    closed(c, closed);
                } else if (change instanceof StopChange.Cancelled cancelled) {
                    cancelled(c, cancelled.stop());
                }
            }
            return null;
        });
    }

    /** The stops of an asset that overlap [from, to), earliest first; open ones included. */
    @Override
    public List<StoredStop> stops(long assetId, Instant from, Instant to) {
        return stops(List.of(assetId), from, to);
    }

    /** The stops of these assets that overlap [from, to), earliest first. */
    @Override
    public List<StoredStop> stops(Collection<Long> assetIds, Instant from, Instant to) {
        return db.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement(SELECT
                    + " where e.asset_id = any(?) and e.start_time < ? and (e.end_time is null or e.end_time > ?)"
                    + " order by e.start_time, e.asset_id")) {
                query.setArray(1, c.createArrayOf("bigint", assetIds.toArray()));
                query.setObject(2, JdbcTransactions.time(to));
                query.setObject(3, JdbcTransactions.time(from));
                return read(query);
            }
        });
    }

    /**
     * The name of the shift each stop began in, by stop id, from the shifts stored for the lines; a stop
     * whose asset is on no line, or that began outside every shift of its line, is left out.
     *
     * @param lineOfAsset the line of each asset (a station's parent, an equipment's grandparent)
     */
    @Override
    public Map<StopId, String> shiftNames(List<StoredStop> stops, Map<Long, Long> lineOfAsset) {
        Map<StopId, String> names = new HashMap<>();
        List<StoredStop> onLines =
                stops.stream().filter(s -> lineOfAsset.containsKey(s.assetId())).toList();
        if (onLines.isEmpty()) {
            return names;
        }
        Instant first =
                onLines.stream().map(StoredStop::start).min(Instant::compareTo).orElseThrow();
        Instant last =
                onLines.stream().map(StoredStop::start).max(Instant::compareTo).orElseThrow();
        record Span(long lineId, String name, Instant start, Instant end) {}
        List<Span> shifts = db.inTransaction(c -> {
            List<Span> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("select line_id, name, lower(period), upper(period)"
                    + " from shift where line_id = any(?) and period && tstzrange(?, ?, '[]')")) {
                query.setArray(1, c.createArrayOf("bigint", new HashSet<>(lineOfAsset.values()).toArray()));
                query.setObject(2, JdbcTransactions.time(first));
                query.setObject(3, JdbcTransactions.time(last));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Span(
                                rows.getLong(1),
                                rows.getString(2),
                                JdbcTransactions.instant(rows, 3),
                                JdbcTransactions.instant(rows, 4)));
                    }
                }
            }
            return found;
        });
        for (StoredStop stop : onLines) {
            long line = lineOfAsset.get(stop.assetId());
            shifts.stream()
                    .filter(s -> s.lineId() == line
                            && (s.start() == null || !stop.start().isBefore(s.start()))
                            && (s.end() == null || stop.start().isBefore(s.end())))
                    .findFirst()
                    .ifPresent(s -> names.put(stop.id(), s.name()));
        }
        return names;
    }

    @Override
    public Optional<StoredStop> stop(StopId id) {
        return db.inTransaction(c -> find(c, id.value()));
    }

    /** An operator gives the stop a reason; it overrides an automatic one, and the rules leave it alone. */
    @Override
    public StoredStop classify(StopId stop, DowntimeReason reason, String actor) {
        long id = stop.value();
        return db.inTransaction(c -> {
            StoredStop before = locked(c, id);
            DowntimeEvent after =
                    before.event().classify(reason, actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
            try (PreparedStatement update = c.prepareStatement("update downtime_event set reason_code = ?,"
                    + " source = 'OPERATOR', classified_by = ?, classified_at = ? where id = ?")) {
                update.setString(1, reason.code());
                update.setString(2, actor);
                update.setObject(3, JdbcTransactions.time(after.classifiedAt()));
                update.setLong(4, id);
                update.executeUpdate();
            }
            StoredStop changed = new StoredStop(stop, after);
            JdbcTransactions.audit(
                    c,
                    actor,
                    "CLASSIFY",
                    "downtime_event",
                    String.valueOf(id),
                    StopJson.of(before),
                    StopJson.of(changed));
            return changed;
        });
    }

    /** An operator's comment on the stop; null or blank removes it. */
    @Override
    public StoredStop comment(StopId stop, String text, String actor) {
        long id = stop.value();
        return db.inTransaction(c -> {
            StoredStop before = locked(c, id);
            String comment = text == null || text.isBlank() ? null : text.strip();
            try (PreparedStatement update = c.prepareStatement("update downtime_event set comment = ? where id = ?")) {
                update.setString(1, comment);
                update.setLong(2, id);
                update.executeUpdate();
            }
            StoredStop changed = new StoredStop(stop, before.event().comment(comment));
            JdbcTransactions.audit(
                    c,
                    actor,
                    "COMMENT",
                    "downtime_event",
                    String.valueOf(id),
                    StopJson.of(before),
                    StopJson.of(changed));
            return changed;
        });
    }

    /** Splits a stop in two at an instant inside it; both parts keep the reason. */
    @Override
    public List<StoredStop> split(StopId stop, Instant at, String actor) {
        long id = stop.value();
        return db.inTransaction(c -> {
            StoredStop before = locked(c, id);
            List<DowntimeEvent> parts;
            try {
                parts = before.event().split(at);
            } catch (IllegalArgumentException e) {
                throw new DowntimeException("stop " + id + ": " + e.getMessage());
            }
            try (PreparedStatement update = c.prepareStatement("update downtime_event set end_time = ? where id = ?")) {
                update.setObject(1, JdbcTransactions.time(at));
                update.setLong(2, id);
                update.executeUpdate();
            }
            List<StoredStop> split = List.of(new StoredStop(stop, parts.get(0)), insert(c, parts.get(1)));
            JdbcTransactions.audit(
                    c, actor, "SPLIT", "downtime_event", String.valueOf(id), StopJson.of(before), StopJson.of(split));
            return split;
        });
    }

    /**
     * Merges consecutive stops of one asset into the earliest: no other stop of the asset may lie
     * between them, and none may be more than {@link DowntimeEvent#MAX_MERGE_GAP} after the one before.
     */
    @Override
    public StoredStop merge(Collection<StopId> ids, String actor) {
        Set<Long> distinct = new LinkedHashSet<>();
        ids.forEach(id -> distinct.add(id.value()));
        if (distinct.size() < 2) {
            throw new DowntimeException("give the ids of two or more different stops to merge; got " + ids);
        }
        return db.inTransaction(c -> {
            long assetId = assetOf(c, distinct);
            DowntimeLocks.lockAsset(c, assetId);
            List<StoredStop> stops;
            try (PreparedStatement query = c.prepareStatement(SELECT + " where e.id = any(?) order by e.start_time")) {
                query.setArray(1, c.createArrayOf("bigint", distinct.toArray()));
                stops = read(query);
            }
            refuseStopsBetween(c, assetId, stops, distinct);
            DowntimeEvent merged = stops.get(0).event();
            for (StoredStop next : stops.subList(1, stops.size())) {
                try {
                    merged = merged.merge(next.event());
                } catch (IllegalArgumentException e) {
                    throw new DowntimeException("stops " + stops.get(0).id() + " and " + next.id()
                            + " cannot be merged: " + e.getMessage());
                }
            }
            long keptId = stops.get(0).id().value();
            overwrite(c, keptId, merged);
            try (PreparedStatement delete =
                    c.prepareStatement("delete from downtime_event where id = any(?) and id <> ?")) {
                delete.setArray(1, c.createArrayOf("bigint", distinct.toArray()));
                delete.setLong(2, keptId);
                delete.executeUpdate();
            }
            StoredStop result = new StoredStop(new StopId(keptId), merged);
            JdbcTransactions.audit(
                    c,
                    actor,
                    "MERGE",
                    "downtime_event",
                    String.valueOf(keptId),
                    StopJson.of(stops),
                    StopJson.of(result));
            return result;
        });
    }

    private static void opened(Connection c, DowntimeEvent stop) throws SQLException {
        // A stop left open (e.g. before a restart) ended when the next one began: an asset has one stop at a time.
        try (PreparedStatement close = c.prepareStatement("update downtime_event set end_time = ?"
                + " where asset_id = ? and end_time is null and start_time < ?")) {
            close.setObject(1, JdbcTransactions.time(stop.start()));
            close.setLong(2, stop.assetId());
            close.setObject(3, JdbcTransactions.time(stop.start()));
            close.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into downtime_event (asset_id, start_time, end_time, reason_code, source, fault_code)"
                        + " select ?::bigint, ?::timestamptz, ?::timestamptz, r.code,"
                        + " case when r.code is null then 'NONE' else 'AUTOMATIC' end, ?::integer"
                        + " from " + GIVEN_REASON + " on conflict do nothing")) {
            insert.setLong(1, stop.assetId());
            insert.setObject(2, JdbcTransactions.time(stop.start()));
            insert.setObject(3, JdbcTransactions.time(stop.end()));
            insert.setObject(4, stop.faultCode());
            insert.setString(5, automaticReasonCode(stop));
            insert.executeUpdate();
        }
    }

    /** The fault code of a stop, found by its start; its reason replaces any but an operator's. */
    private static void faultReported(Connection c, DowntimeEvent stop) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update downtime_event e"
                + " set fault_code = coalesce(e.fault_code, ?),"
                + " reason_code = case when e.source <> 'OPERATOR' and r.code is not null then r.code"
                + " else e.reason_code end,"
                + " source = case when e.source <> 'OPERATOR' and r.code is not null then 'AUTOMATIC' else e.source end"
                + " from " + GIVEN_REASON + " where e.asset_id = ? and e.start_time = ?")) {
            update.setObject(1, stop.faultCode());
            update.setString(2, automaticReasonCode(stop));
            update.setLong(3, stop.assetId());
            update.setObject(4, JdbcTransactions.time(stop.start()));
            update.executeUpdate();
        }
    }

    private static void closed(Connection c, StopChange.Closed closed) throws SQLException {
        DowntimeEvent stop = closed.stop();
        try (PreparedStatement update = c.prepareStatement("update downtime_event e set end_time = ?,"
                + " fault_code = coalesce(e.fault_code, ?),"
                + " reason_code = case when e.source = 'NONE' then r.code else e.reason_code end,"
                + " source = case when e.source = 'NONE' and r.code is not null then 'AUTOMATIC' else e.source end"
                + " from " + GIVEN_REASON
                + " where e.asset_id = ? and e.end_time is null and e.start_time < ?")) {
            update.setObject(1, JdbcTransactions.time(closed.at()));
            update.setObject(2, stop == null ? null : stop.faultCode());
            update.setString(3, stop == null ? null : automaticReasonCode(stop));
            update.setLong(4, closed.assetId());
            update.setObject(5, JdbcTransactions.time(closed.at()));
            update.executeUpdate();
        }
    }

    private static void cancelled(Connection c, DowntimeEvent stop) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from downtime_event where asset_id = ?"
                + " and start_time = ? and (end_time is null or end_time = start_time)"
                + " and source <> 'OPERATOR' and comment is null")) {
            delete.setLong(1, stop.assetId());
            delete.setObject(2, JdbcTransactions.time(stop.start()));
            delete.executeUpdate();
        }
    }

    private static String automaticReasonCode(DowntimeEvent stop) {
        return stop.source() == DowntimeEvent.Source.AUTOMATIC ? stop.reason().code() : null;
    }

    private static StoredStop insert(Connection c, DowntimeEvent stop) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into downtime_event (asset_id, start_time,"
                + " end_time, reason_code, source, classified_by, classified_at, comment, fault_code)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            insert.setLong(1, stop.assetId());
            insert.setObject(2, JdbcTransactions.time(stop.start()));
            setColumns(insert, 3, stop);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return new StoredStop(new StopId(id.getLong(1)), stop);
            }
        }
    }

    private static void overwrite(Connection c, long id, DowntimeEvent stop) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update downtime_event set end_time = ?, reason_code = ?,"
                + " source = ?, classified_by = ?, classified_at = ?, comment = ?, fault_code = ? where id = ?")) {
            setColumns(update, 1, stop);
            update.setLong(8, id);
            update.executeUpdate();
        }
    }

    /** end, reason, source, classified by, classified at, comment, fault code from {@code first} on. */
    private static void setColumns(PreparedStatement statement, int first, DowntimeEvent stop) throws SQLException {
        statement.setObject(first, JdbcTransactions.time(stop.end()));
        statement.setString(
                first + 1, stop.reason() == null ? null : stop.reason().code());
        statement.setString(first + 2, stop.source().name());
        statement.setString(first + 3, stop.classifiedBy());
        statement.setObject(first + 4, JdbcTransactions.time(stop.classifiedAt()));
        statement.setString(first + 5, stop.comment());
        statement.setObject(first + 6, stop.faultCode());
    }

    /** The stop, read again after its asset is locked: the interpreter may have changed it meanwhile. */
    private static StoredStop locked(Connection c, long id) throws SQLException {
        DowntimeLocks.lockAsset(c, assetOf(c, Set.of(id)));
        return find(c, id).orElseThrow(() -> new StopNotFoundException(new StopId(id)));
    }

    private static long assetOf(Connection c, Set<Long> ids) throws SQLException {
        Set<Long> assets = new LinkedHashSet<>();
        Set<Long> found = new LinkedHashSet<>();
        try (PreparedStatement query =
                c.prepareStatement("select id, asset_id from downtime_event where id = any(?) order by start_time")) {
            query.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                    assets.add(rows.getLong(2));
                }
            }
        }
        for (long id : ids) {
            if (!found.contains(id)) {
                throw new StopNotFoundException(new StopId(id));
            }
        }
        if (assets.size() > 1) {
            throw new DowntimeException("stops " + ids + " are of " + assets.size() + " assets (ids " + assets
                    + "); only stops of one asset can be merged");
        }
        return assets.iterator().next();
    }

    private static void refuseStopsBetween(Connection c, long assetId, List<StoredStop> stops, Set<Long> ids)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select id, start_time from downtime_event"
                + " where asset_id = ? and start_time > ? and start_time < ? and id <> all(?) order by start_time")) {
            query.setLong(1, assetId);
            query.setObject(2, JdbcTransactions.time(stops.get(0).start()));
            query.setObject(3, JdbcTransactions.time(stops.get(stops.size() - 1).start()));
            query.setArray(4, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new DowntimeException("stop " + rows.getLong(1) + " of the same asset, from "
                            + JdbcTransactions.instant(rows, 2) + ", lies between the stops " + ids
                            + "; merge it too, or merge only consecutive stops");
                }
            }
        }
    }

    private static Optional<StoredStop> find(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(SELECT + " where e.id = ?")) {
            query.setLong(1, id);
            return read(query).stream().findFirst();
        }
    }

    private static List<StoredStop> read(PreparedStatement query) throws SQLException {
        List<StoredStop> stops = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                stops.add(StopRow.of(rows));
            }
        }
        return stops;
    }
}
