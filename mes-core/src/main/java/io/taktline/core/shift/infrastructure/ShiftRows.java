package io.taktline.core.shift.infrastructure;

import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftDiff;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The rows of {@code shift}, {@code production_plan} and {@code audit_log}, on a connection in a transaction. */
final class ShiftRows {

    private static final String SELECT = """
            select s.id, s.name, s.crew, lower(s.period), upper(s.period), s.breaks::text, s.overtime,
                   p.demand, coalesce(p.standard, false)
              from shift s left join production_plan p on p.shift_id = s.id
            """;

    private ShiftRows() {}

    /** The line's shifts that overlap [from, to); {@code to} null for no end. */
    static List<ScheduledShift> overlapping(Connection c, long lineId, String path, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement(SELECT
                + " where s.line_id = ? and s.period && tstzrange(?::timestamptz, ?::timestamptz, '[)')"
                + " order by lower(s.period)")) {
            query.setLong(1, lineId);
            query.setObject(2, offset(from));
            if (to == null) {
                query.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                query.setObject(3, offset(to));
            }
            return read(query, lineId, path);
        }
    }

    static List<ScheduledShift> running(Connection c, long lineId, String path, Instant at) throws SQLException {
        try (PreparedStatement query =
                c.prepareStatement(SELECT + " where s.line_id = ? and s.period @> ?::timestamptz")) {
            query.setLong(1, lineId);
            query.setObject(2, offset(at));
            return read(query, lineId, path);
        }
    }

    /** The line's shifts with these ids, locked until the transaction ends. */
    static List<ScheduledShift> locked(Connection c, long lineId, String path, Collection<Long> ids)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                SELECT + " where s.line_id = ? and s.id = any(?) order by lower(s.period) for update of s")) {
            query.setLong(1, lineId);
            Array array = c.createArrayOf("bigint", ids.toArray());
            query.setArray(2, array);
            return read(query, lineId, path);
        }
    }

    private static List<ScheduledShift> read(PreparedStatement query, long lineId, String path) throws SQLException {
        List<ScheduledShift> shifts = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Shift shift = new Shift(
                        path,
                        rows.getString(2),
                        rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getObject(5, OffsetDateTime.class).toInstant(),
                        breaks(rows.getString(6)));
                shifts.add(new ScheduledShift(
                        rows.getLong(1), lineId, shift, rows.getBoolean(7), demand(rows), rows.getBoolean(9)));
            }
        }
        return shifts;
    }

    private static Integer demand(ResultSet rows) throws SQLException {
        Object demand = rows.getObject(8);
        return demand == null ? null : ((Number) demand).intValue();
    }

    static long insert(Connection c, long lineId, Shift shift, boolean overtime) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into shift (line_id, name, crew, period, breaks, overtime)"
                        + " values (?, ?, ?, tstzrange(?::timestamptz, ?::timestamptz, '[)'), ?::jsonb, ?) returning id")) {
            insert.setLong(1, lineId);
            insert.setString(2, shift.name());
            insert.setString(3, shift.crew());
            insert.setObject(4, offset(shift.start()));
            insert.setObject(5, offset(shift.end()));
            insert.setString(6, breaksJson(shift.breaks()));
            insert.setBoolean(7, overtime);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    static void apply(Connection c, long lineId, ShiftDiff diff) throws SQLException {
        if (!diff.removed().isEmpty()) {
            try (PreparedStatement delete = c.prepareStatement("delete from shift where id = any(?)")) {
                delete.setArray(
                        1,
                        c.createArrayOf(
                                "bigint",
                                diff.removed().stream().map(ScheduledShift::id).toArray()));
                delete.executeUpdate();
            }
        }
        for (ShiftDiff.Update update : diff.updated()) {
            try (PreparedStatement change =
                    c.prepareStatement("update shift set crew = ?, breaks = ?::jsonb where id = ?")) {
                change.setString(1, update.after().crew());
                change.setString(2, breaksJson(update.after().breaks()));
                change.setLong(3, update.before().id());
                change.executeUpdate();
            }
            plan(c, update.before().id(), update.demand(), update.standardDemand());
        }
        for (ShiftDiff.Addition addition : diff.added()) {
            long id = insert(c, lineId, addition.shift(), false);
            if (addition.demand() != null) {
                plan(c, id, addition.demand(), true);
            }
        }
    }

    /** Sets the demand of a shift; null removes its plan. */
    static void plan(Connection c, long shiftId, Integer demand, boolean standard) throws SQLException {
        if (demand == null) {
            try (PreparedStatement delete = c.prepareStatement("delete from production_plan where shift_id = ?")) {
                delete.setLong(1, shiftId);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                insert into production_plan (shift_id, demand, standard) values (?, ?, ?)
                on conflict (shift_id) do update
                   set demand = excluded.demand, standard = excluded.standard, updated_at = now()
                """)) {
            upsert.setLong(1, shiftId);
            upsert.setInt(2, demand);
            upsert.setBoolean(3, standard);
            upsert.executeUpdate();
        }
    }

    static void delete(Connection c, long shiftId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from shift where id = ?")) {
            delete.setLong(1, shiftId);
            delete.executeUpdate();
        }
    }

    static OffsetDateTime offset(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static String breaksJson(List<Shift.Interval> breaks) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Shift.Interval pause : breaks) {
            array.add(Json.createObjectBuilder()
                    .add("start", pause.start().toString())
                    .add("end", pause.end().toString()));
        }
        return array.build().toString();
    }

    static List<Shift.Interval> breaks(String json) {
        return Json.createReader(new StringReader(json)).readArray().getValuesAs(JsonObject.class).stream()
                .map(b -> new Shift.Interval(Instant.parse(b.getString("start")), Instant.parse(b.getString("end"))))
                .toList();
    }

    /** A shift with its plan as JSON, for the audit trail. */
    static JsonObject json(ScheduledShift scheduled) {
        return json(scheduled.shift(), scheduled.overtime(), scheduled.demand())
                .add("id", scheduled.id())
                .build();
    }

    static JsonObjectBuilder json(Shift shift, boolean overtime, Integer demand) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", shift.name())
                .add("start", shift.start().toString())
                .add("end", shift.end().toString())
                .add("overtime", overtime)
                .add(
                        "breaks",
                        Json.createReader(new StringReader(breaksJson(shift.breaks())))
                                .readArray());
        json.add("crew", shift.crew() == null ? JsonValue.NULL : Json.createValue(shift.crew()));
        json.add("demand", demand == null ? JsonValue.NULL : Json.createValue(demand));
        return json;
    }
}
