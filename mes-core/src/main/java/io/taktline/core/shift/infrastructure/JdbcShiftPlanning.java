package io.taktline.core.shift.infrastructure;

import io.taktline.core.infrastructure.JdbcTransactions;
import io.taktline.core.shift.LineCalendar;
import io.taktline.core.shift.LineCalendarJson;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftClashException;
import io.taktline.core.shift.ShiftDiff;
import io.taktline.core.shift.ShiftPlanning;
import io.taktline.core.shift.ShiftPlanningException;
import io.taktline.core.storage.StorageRefusedException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Shift calendars, shifts and plans in PostgreSQL. Changes to one line's calendar and shifts take
 * a transaction-scoped advisory lock of the line first, so that a new calendar, the horizon's
 * extension and new overtime of a line never interleave (also when the line has no calendar row
 * yet to lock); the EXCLUDE constraint on {@code shift} still has the last word on overlaps.
 */
public final class JdbcShiftPlanning implements ShiftPlanning {

    private static final Logger LOG = Logger.getLogger(JdbcShiftPlanning.class.getName());
    /** SQLState of a row that violates an exclusion constraint: here, two overlapping shifts of a line. */
    static final String EXCLUSION_VIOLATION = "23P01";
    /** The first key of the advisory locks of lines' calendars (the second is the line id). */
    private static final int CALENDAR_LOCK = 24;

    private final JdbcTransactions transactions;
    private final Clock clock;

    public JdbcShiftPlanning(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public JdbcShiftPlanning(DataSource dataSource, Clock clock) {
        this.transactions = new JdbcTransactions(dataSource);
        this.clock = clock;
    }

    private record Line(long id, String path) {}

    private record Stored(LineCalendar calendar, String json, Instant materializedUntil) {}

    @Override
    public Optional<LineCalendar> calendar(long lineId) {
        return inTransaction(c -> {
            line(c, lineId);
            return stored(c, lineId).map(Stored::calendar);
        });
    }

    @Override
    public CalendarChange putCalendar(long lineId, LineCalendar calendar, String actor) {
        return inTransaction(c -> {
            Line line = lockedLine(c, lineId);
            Instant now = clock.instant();
            String json = LineCalendarJson.write(calendar);
            Optional<Stored> before = stored(c, lineId);
            ShiftDiff diff;
            Instant until;
            if (before.isEmpty()) {
                Instant from = now.minus(HORIZON_BEHIND);
                until = now.plus(HORIZON_AHEAD);
                List<ScheduledShift> stored = ShiftRows.overlapping(c, lineId, line.path(), from, until);
                diff = ShiftDiff.extending(stored, calendar.shifts(line.path(), from, until), calendar);
            } else {
                until = later(before.get().materializedUntil(), now.plus(HORIZON_AHEAD));
                List<ScheduledShift> stored = ShiftRows.overlapping(c, lineId, line.path(), now, null);
                diff = ShiftDiff.replacingAfter(now, stored, calendar.shifts(line.path(), now, until), calendar);
            }
            savePattern(c, lineId, json, now.minus(HORIZON_BEHIND), until);
            ShiftRows.apply(c, lineId, diff);
            if (before.isEmpty() || !before.get().calendar().equals(calendar)) {
                JdbcTransactions.audit(
                        c,
                        actor,
                        before.isEmpty() ? "CREATE" : "UPDATE",
                        "shift_calendar",
                        line.path(),
                        before.map(Stored::json).orElse(null),
                        json);
            }
            if (!diff.isEmpty()) {
                JdbcTransactions.audit(c, actor, "UPDATE", "shift", line.path(), removed(diff), added(diff));
            }
            skipped(line, diff);
            return new CalendarChange(calendar, diff);
        });
    }

    @Override
    public int extendHorizons() {
        List<Long> lines = inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("select line_id from shift_pattern order by line_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
        int added = 0;
        for (long lineId : lines) {
            try {
                added += extendHorizon(lineId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not extend the stored shifts of line " + lineId, e);
            }
        }
        return added;
    }

    private int extendHorizon(long lineId) {
        return inTransaction(c -> {
            Line line = lockedLine(c, lineId);
            Optional<Stored> stored = stored(c, lineId);
            if (stored.isEmpty()) {
                return 0; // the line's calendar went away since it was listed
            }
            Instant now = clock.instant();
            Instant from = later(stored.get().materializedUntil(), now.minus(HORIZON_BEHIND));
            Instant until = now.plus(HORIZON_AHEAD);
            if (!from.isBefore(until)) {
                return 0;
            }
            LineCalendar calendar = stored.get().calendar();
            ShiftDiff diff = ShiftDiff.extending(
                    ShiftRows.overlapping(c, lineId, line.path(), from, until),
                    calendar.shifts(line.path(), from, until),
                    calendar);
            ShiftRows.apply(c, lineId, diff);
            try (PreparedStatement update =
                    c.prepareStatement("update shift_pattern set materialized_until = ? where line_id = ?")) {
                update.setObject(1, ShiftRows.offset(until));
                update.setLong(2, lineId);
                update.executeUpdate();
            }
            skipped(line, diff);
            return diff.added().size();
        });
    }

    @Override
    public List<Shift> shifts(long lineId, Instant from, Instant to) {
        return scheduled(lineId, from, to).stream().map(ScheduledShift::shift).toList();
    }

    @Override
    public Optional<Shift> shiftAt(long lineId, Instant at) {
        return scheduledAt(lineId, at).map(ScheduledShift::shift);
    }

    @Override
    public List<ScheduledShift> scheduled(long lineId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ShiftPlanningException.badInput("from (" + from + ") is not before to (" + to + ")");
        }
        return inTransaction(
                c -> ShiftRows.overlapping(c, lineId, line(c, lineId).path(), from, to));
    }

    @Override
    public Optional<ScheduledShift> scheduledAt(long lineId, Instant at) {
        return inTransaction(c -> ShiftRows.running(c, lineId, line(c, lineId).path(), at).stream()
                .findFirst());
    }

    @Override
    public ScheduledShift addOvertime(long lineId, Overtime overtime, String actor) {
        overtime.shift("");
        Instant now = clock.instant();
        if (overtime.start().isBefore(now)) {
            // Only overtime that has not started can be cancelled: one added in the past would stay for good.
            throw ShiftPlanningException.badInput("overtime '" + overtime.name() + "': it starts at "
                    + overtime.start() + ", which has passed (now is " + now + "); plan overtime ahead, with a"
                    + " start after now");
        }
        return inTransaction(c -> {
            Line line = lockedLine(c, lineId);
            Shift shift = overtime.shift(line.path());
            Optional<Stored> calendar = stored(c, lineId);
            if (calendar.isPresent()) {
                Optional<Shift> coming = calendar.get()
                        .calendar()
                        .clashNotStoredYet(shift, calendar.get().materializedUntil());
                if (coming.isPresent()) {
                    throw new ShiftClashException(
                            "overtime '" + shift.name() + "' from " + shift.start() + " to " + shift.end()
                                    + " overlaps shift " + coming.get().name() + " ("
                                    + coming.get().start() + " to "
                                    + coming.get().end() + ") that the calendar of line " + line.path()
                                    + " has planned; a line works one shift at a time: move or shorten the overtime,"
                                    + " or make that day a non-production day",
                            new ScheduledShift(0, lineId, coming.get(), false, null, false));
                }
            }
            Savepoint beforeInsert = c.setSavepoint();
            long id;
            try {
                id = ShiftRows.insert(c, lineId, shift, true);
            } catch (SQLException e) {
                if (!EXCLUSION_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                c.rollback(beforeInsert);
                ScheduledShift clash =
                        ShiftRows.overlapping(c, lineId, line.path(), shift.start(), shift.end()).stream()
                                .findFirst()
                                .orElse(null);
                throw new ShiftClashException(
                        "overtime '" + shift.name() + "' from " + shift.start() + " to " + shift.end() + " overlaps "
                                + (clash == null ? "another shift" : clash.describe()) + " of line " + line.path()
                                + "; a line works one shift at a time: move or shorten the overtime",
                        clash);
            }
            if (overtime.demand() != null) {
                ShiftRows.plan(c, id, overtime.demand(), false);
            }
            ScheduledShift added = new ScheduledShift(id, lineId, shift, true, overtime.demand(), false);
            JdbcTransactions.audit(
                    c,
                    actor,
                    "CREATE",
                    "shift",
                    line.path() + "#" + id,
                    null,
                    ShiftRows.json(added).toString());
            return added;
        });
    }

    @Override
    public void cancelOvertime(long lineId, long shiftId, String actor) {
        inTransaction(c -> {
            Line line = line(c, lineId);
            ScheduledShift shift = ShiftRows.locked(c, lineId, line.path(), List.of(shiftId)).stream()
                    .findFirst()
                    .orElseThrow(() -> ShiftPlanningException.notFound(
                            "line " + line.path() + " has no shift with id " + shiftId));
            if (!shift.overtime()) {
                throw ShiftPlanningException.conflict(shift.describe() + " comes from the line's calendar, it is not"
                        + " overtime; change the calendar (a non-production day) to take it out");
            }
            if (!shift.shift().start().isAfter(clock.instant())) {
                throw ShiftPlanningException.conflict(
                        shift.describe() + " has started; only overtime that has not started can be cancelled");
            }
            ShiftRows.delete(c, shiftId);
            JdbcTransactions.audit(
                    c,
                    actor,
                    "DELETE",
                    "shift",
                    line.path() + "#" + shiftId,
                    ShiftRows.json(shift).toString(),
                    null);
            return null;
        });
    }

    @Override
    public List<ScheduledShift> putPlan(long lineId, Map<Long, Integer> demandByShift, String actor) {
        demandByShift.forEach((shiftId, demand) -> {
            if (demand != null && (demand <= 0 || demand > 1_000_000)) {
                throw ShiftPlanningException.badInput("plan: the demand of shift " + shiftId + " is " + demand
                        + "; give a whole number of units from 1 to 1000000, or null to leave the shift unplanned");
            }
        });
        return inTransaction(c -> {
            Line line = line(c, lineId);
            List<ScheduledShift> shifts = ShiftRows.locked(c, lineId, line.path(), demandByShift.keySet());
            for (Long shiftId : demandByShift.keySet()) {
                if (shifts.stream().noneMatch(s -> s.id() == shiftId)) {
                    throw ShiftPlanningException.badInput("plan: line " + line.path() + " has no shift with id "
                            + shiftId + "; list the line's shifts for their ids (nothing was changed)");
                }
            }
            List<ScheduledShift> planned = new ArrayList<>();
            for (ScheduledShift shift : shifts) {
                Integer demand = demandByShift.get(shift.id());
                ShiftRows.plan(c, shift.id(), demand, false);
                planned.add(new ScheduledShift(shift.id(), lineId, shift.shift(), shift.overtime(), demand, false));
                JdbcTransactions.audit(
                        c,
                        actor,
                        "UPDATE",
                        "production_plan",
                        line.path() + "#" + shift.id(),
                        demandJson(shift.demand()),
                        demandJson(demand));
            }
            return planned;
        });
    }

    private static String demandJson(Integer demand) {
        return demand == null ? "null" : "{\"demand\": " + demand + "}";
    }

    private static Line line(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select level, path from asset where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ShiftPlanningException.notFound("no asset with id " + id);
                }
                if (!"LINE".equals(row.getString(1))) {
                    throw ShiftPlanningException.badInput("asset " + id + " (" + row.getString(2) + ") is a "
                            + row.getString(1) + ", not a LINE; shift calendars, plans and takt belong to lines:"
                            + " give the id of a line");
                }
                return new Line(id, row.getString(2));
            }
        }
    }

    private static Line lockedLine(Connection c, long id) throws SQLException {
        Line line = line(c, id);
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, CALENDAR_LOCK);
            lock.setInt(2, Long.hashCode(id));
            lock.executeQuery().close();
        }
        return line;
    }

    private static Optional<Stored> stored(Connection c, long lineId) throws SQLException {
        try (PreparedStatement query =
                c.prepareStatement("select pattern::text, materialized_until from shift_pattern where line_id = ?")) {
            query.setLong(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime until = row.getObject(2, OffsetDateTime.class);
                return Optional.of(new Stored(
                        LineCalendarJson.read(row.getString(1)),
                        row.getString(1),
                        until == null ? null : until.toInstant()));
            }
        }
    }

    private static void savePattern(Connection c, long lineId, String json, Instant from, Instant until)
            throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                insert into shift_pattern (line_id, pattern, materialized_from, materialized_until)
                values (?, ?::jsonb, ?, ?)
                on conflict (line_id) do update
                   set pattern = excluded.pattern, materialized_until = excluded.materialized_until, updated_at = now()
                """)) {
            upsert.setLong(1, lineId);
            upsert.setString(2, json);
            upsert.setObject(3, ShiftRows.offset(from));
            upsert.setObject(4, ShiftRows.offset(until));
            upsert.executeUpdate();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String removed(ShiftDiff diff) {
        JsonArrayBuilder removed = Json.createArrayBuilder();
        diff.removed().forEach(s -> removed.add(ShiftRows.json(s)));
        diff.updated().forEach(u -> removed.add(ShiftRows.json(u.before())));
        return removed.build().toString();
    }

    private static String added(ShiftDiff diff) {
        JsonArrayBuilder added = Json.createArrayBuilder();
        diff.added().forEach(a -> added.add(ShiftRows.json(a.shift(), false, a.demand())));
        diff.updated()
                .forEach(u -> added.add(ShiftRows.json(u.after(), false, u.demand())
                        .add("id", u.before().id())));
        return added.build().toString();
    }

    private static void skipped(Line line, ShiftDiff diff) {
        for (ShiftDiff.Skip skip : diff.skipped()) {
            LOG.warning("line " + line.path() + ": shift " + skip.shift().name() + " of the calendar from "
                    + skip.shift().start() + " is left out: it would overlap "
                    + skip.clashing().describe());
        }
    }

    private <T> T inTransaction(JdbcTransactions.Work<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (StorageRefusedException e) {
            if (EXCLUSION_VIOLATION.equals(e.sqlState())) {
                throw ShiftPlanningException.conflict("two shifts of a line would overlap (" + e.getMessage()
                        + "); a line works one shift at a time");
            }
            throw e;
        }
    }
}
