package io.taktline.core.andon.infrastructure;

import static io.taktline.core.infrastructure.JdbcTransactions.instant;
import static io.taktline.core.infrastructure.JdbcTransactions.time;

import io.taktline.core.andon.AndonCall;
import io.taktline.core.andon.AndonCallId;
import io.taktline.core.andon.AndonKind;
import io.taktline.core.andon.AndonRepository;
import io.taktline.core.infrastructure.JdbcTransactions;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link AndonRepository} on PostgreSQL: each step and its audit entry in one transaction. */
public final class JdbcAndonStore implements AndonRepository {

    private static final String COLUMNS = "id, station_id, kind, note, raised_at, raised_by, acknowledged_at,"
            + " acknowledged_by, closed_at, closed_by";
    private static final String ENTITY = "andon_call";

    private final JdbcTransactions transactions;

    public JdbcAndonStore(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
    }

    @Override
    public Optional<AndonCall> raise(long stationId, AndonKind kind, String note, Instant at, String actor) {
        return transactions.inTransaction(c -> {
            Optional<AndonCall> raised;
            try (PreparedStatement insert = c.prepareStatement("insert into andon_call"
                    + " (station_id, kind, note, raised_at, raised_by) values (?, ?, ?, ?, ?)"
                    + " on conflict (station_id, kind) where closed_at is null do nothing returning " + COLUMNS)) {
                insert.setLong(1, stationId);
                insert.setString(2, kind.name());
                insert.setString(3, note);
                insert.setObject(4, time(at));
                insert.setString(5, actor);
                raised = single(insert);
            }
            if (raised.isPresent()) {
                JdbcTransactions.audit(
                        c, actor, "RAISE", ENTITY, raised.get().id().toString(), null, json(raised.get()));
            }
            return raised;
        });
    }

    @Override
    public Optional<AndonCall> call(AndonCallId id) {
        return transactions.withConnection(c -> byId(c, id));
    }

    @Override
    public Optional<AndonCall> acknowledge(AndonCallId id, Instant at, String actor) {
        return step(
                id,
                actor,
                "ACKNOWLEDGE",
                "update andon_call set acknowledged_at = ?, acknowledged_by = ?"
                        + " where id = ? and closed_at is null and acknowledged_at is null returning " + COLUMNS,
                at);
    }

    @Override
    public Optional<AndonCall> close(AndonCallId id, Instant at, String actor) {
        return step(
                id,
                actor,
                "CLOSE",
                "update andon_call set closed_at = ?, closed_by = ? where id = ? and closed_at is null returning "
                        + COLUMNS,
                at);
    }

    private Optional<AndonCall> step(AndonCallId id, String actor, String action, String update, Instant at) {
        return transactions.inTransaction(c -> {
            Optional<AndonCall> before = byId(c, id);
            Optional<AndonCall> after;
            try (PreparedStatement statement = c.prepareStatement(update)) {
                statement.setObject(1, time(at));
                statement.setString(2, actor);
                statement.setLong(3, id.value());
                after = single(statement);
            }
            if (after.isPresent()) {
                JdbcTransactions.audit(
                        c, actor, action, ENTITY, id.toString(), json(before.orElseThrow()), json(after.get()));
            }
            return after;
        });
    }

    @Override
    public List<AndonCall> open(Collection<Long> stationIds) {
        return transactions.withConnection(c -> list(
                c,
                "select " + COLUMNS + " from andon_call where station_id = any (?) and closed_at is null"
                        + " order by raised_at, id",
                stationIds,
                null,
                null));
    }

    @Override
    public List<AndonCall> calls(Collection<Long> stationIds, Instant from, Instant to) {
        return transactions.withConnection(c -> list(
                c,
                "select " + COLUMNS + " from andon_call where station_id = any (?) and raised_at < ?"
                        + " and (closed_at is null or closed_at >= ?) order by raised_at, id",
                stationIds,
                to,
                from));
    }

    private static List<AndonCall> list(
            Connection c, String sql, Collection<Long> stationIds, Instant before, Instant notClosedBefore)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setArray(1, c.createArrayOf("bigint", stationIds.toArray()));
            if (before != null) {
                select.setObject(2, time(before));
                select.setObject(3, time(notClosedBefore));
            }
            List<AndonCall> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(call(rows));
                }
            }
            return found;
        }
    }

    private static Optional<AndonCall> byId(Connection c, AndonCallId id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select " + COLUMNS + " from andon_call where id = ?")) {
            select.setLong(1, id.value());
            return single(select);
        }
    }

    private static Optional<AndonCall> single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(call(rows)) : Optional.empty();
        }
    }

    private static AndonCall call(ResultSet rows) throws SQLException {
        return new AndonCall(
                new AndonCallId(rows.getLong(1)),
                rows.getLong(2),
                AndonKind.valueOf(rows.getString(3)),
                rows.getString(4),
                instant(rows, 5),
                rows.getString(6),
                instant(rows, 7),
                rows.getString(8),
                instant(rows, 9),
                rows.getString(10));
    }

    /** The call as the audit trail keeps it. */
    private static String json(AndonCall call) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("station", call.stationId())
                .add("kind", call.kind().name())
                .add("state", call.state().name())
                .add("raisedAt", call.raisedAt().toString())
                .add("raisedBy", call.raisedBy());
        if (call.note() != null) {
            json.add("note", call.note());
        }
        if (call.acknowledgedAt() != null) {
            json.add("acknowledgedAt", call.acknowledgedAt().toString()).add("acknowledgedBy", call.acknowledgedBy());
        }
        if (call.closedAt() != null) {
            json.add("closedAt", call.closedAt().toString()).add("closedBy", call.closedBy());
        }
        return json.build().toString();
    }
}
