package io.taktline.core.shift.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.MovableClock;
import io.taktline.core.shift.LineCalendarJson;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftClashException;
import io.taktline.core.shift.ShiftPlanning;
import io.taktline.core.shift.ShiftPlanningException;
import io.taktline.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shift calendars, shifts, overtime and plans on the real schema of an embedded PostgreSQL. */
class JdbcShiftPlanningIT {

    /** A Wednesday, 10:00 UTC: the early shift (06:00 to 14:00) is running. */
    private static final Instant WEDNESDAY_10 = Instant.parse("2026-11-25T10:00:00Z");

    private static final String TWO_SHIFTS = """
            {"name": "two shifts", "zone": "UTC",
             "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
             "crews": ["A", "B"],
             "shifts": [
               {"name": "EARLY", "start": "06:00", "lengthMinutes": 480, "demand": 400,
                "breaks": [{"afterMinutes": 120, "lengthMinutes": 15}, {"afterMinutes": 240, "lengthMinutes": 30}]},
               {"name": "LATE", "start": "14:00", "lengthMinutes": 480, "demand": 400,
                "breaks": [{"afterMinutes": 120, "lengthMinutes": 15}, {"afterMinutes": 240, "lengthMinutes": 30}]}]}
            """;

    /** The same, but the early shift from 07:00 for seven hours without breaks. */
    private static final String EARLY_AT_SEVEN = TWO_SHIFTS
            .replace("\"06:00\", \"lengthMinutes\": 480", "\"07:00\", \"lengthMinutes\": 420")
            .replaceFirst("\"breaks\": \\[[^\\]]*\\]", "\"breaks\": []");

    private static Database database;
    private final MovableClock clock = new MovableClock(WEDNESDAY_10);
    private ShiftPlanning planning;
    private long line;
    private long otherLine;
    private long station;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("shift-planning");
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void twoLines() throws Exception {
        sql("truncate asset, audit_log restart identity cascade");
        long enterprise = asset(null, "ENTERPRISE", "ACME", "ACME");
        line = asset(enterprise, "LINE", "L1", "ACME/L1");
        otherLine = asset(enterprise, "LINE", "L2", "ACME/L2");
        station = asset(line, "WORK_CELL", "ST1", "ACME/L1/ST1");
        planning = new JdbcShiftPlanning(database.dataSource(), clock);
    }

    @Test
    void theDatabaseRefusesOverlappingShiftsOfALineWhoeverWritesThem() throws Exception {
        insertShift(line, "2026-11-25T06:00:00Z", "2026-11-25T14:00:00Z");
        insertShift(line, "2026-11-25T14:00:00Z", "2026-11-25T22:00:00Z"); // touching is not overlapping
        insertShift(otherLine, "2026-11-25T10:00:00Z", "2026-11-25T18:00:00Z"); // another line

        assertThatThrownBy(() -> insertShift(line, "2026-11-25T13:00:00Z", "2026-11-25T15:00:00Z"))
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
        assertThat(count("select count(*) from shift where line_id = " + line)).isEqualTo(2);
    }

    @Test
    void aFirstCalendarStoresItsShiftsForTheHorizonAndExtendingIsIdempotent() throws Exception {
        planning.putCalendar(line, LineCalendarJson.read(TWO_SHIFTS), "planner");

        // 7 days back to 14 days ahead of Wednesday 10:00: 15 working days, two shifts each.
        List<ScheduledShift> stored = planning.scheduled(line, WEDNESDAY_10.minus(Duration.ofDays(8)), far());
        assertThat(stored).hasSize(30).allSatisfy(s -> {
            assertThat(s.demand()).isEqualTo(400);
            assertThat(s.standardDemand()).isTrue();
            assertThat(s.shift().breaks()).hasSize(2);
        });
        assertThat(stored.get(0).shift().start()).isEqualTo(Instant.parse("2026-11-18T14:00:00Z"));
        assertThat(stored.get(29).shift().start()).isEqualTo(Instant.parse("2026-12-09T06:00:00Z"));

        assertThat(planning.extendHorizons()).isZero();
        assertThat(planning.extendHorizons()).isZero();
        clock.set(WEDNESDAY_10.plus(Duration.ofDays(1)));
        assertThat(planning.extendHorizons()).isEqualTo(2); // 9 December's late and 10 December's early shift
        assertThat(planning.extendHorizons()).isZero();
        assertThat(count("select count(*) from shift where line_id = " + line)).isEqualTo(32);
        assertThat(count("select count(*) from production_plan")).isEqualTo(32);
    }

    @Test
    void aNewPatternReplacesOnlyTheShiftsThatHaveNotStarted() throws Exception {
        planning.putCalendar(line, LineCalendarJson.read(TWO_SHIFTS), "planner");
        ScheduledShift running = planning.scheduledAt(line, WEDNESDAY_10).orElseThrow();
        ScheduledShift yesterday = planning.scheduledAt(line, WEDNESDAY_10.minus(Duration.ofDays(1)))
                .orElseThrow();
        ScheduledShift friday = planning.scheduledAt(line, Instant.parse("2026-11-27T10:00:00Z"))
                .orElseThrow();
        planning.putPlan(line, Map.of(yesterday.id(), 350, friday.id(), 300), "planner");
        List<ScheduledShift> before = planning.scheduled(line, WEDNESDAY_10.minus(Duration.ofDays(8)), far());

        ShiftPlanning.CalendarChange change =
                planning.putCalendar(line, LineCalendarJson.read(EARLY_AT_SEVEN), "planner");

        List<ScheduledShift> after = planning.scheduled(line, WEDNESDAY_10.minus(Duration.ofDays(8)), far());
        List<ScheduledShift> futureEarly = before.stream()
                .filter(s ->
                        s.shift().name().equals("EARLY") && s.shift().start().isAfter(WEDNESDAY_10))
                .toList();
        assertThat(futureEarly).hasSize(10);
        assertThat(change.diff().removed()).containsExactlyElementsOf(futureEarly);
        assertThat(change.diff().added()).hasSize(futureEarly.size());
        assertThat(change.diff().updated()).isEmpty();
        assertThat(change.diff().skipped()).isEmpty();
        // History, the running shift and the late shifts keep their rows and plans.
        assertThat(after)
                .containsAll(
                        before.stream().filter(s -> !futureEarly.contains(s)).toList());
        assertThat(planning.scheduledAt(line, WEDNESDAY_10)).contains(running);
        assertThat(planning.scheduledAt(line, yesterday.shift().start())
                        .orElseThrow()
                        .demand())
                .isEqualTo(350);
        ScheduledShift newFriday = planning.scheduledAt(line, Instant.parse("2026-11-27T10:00:00Z"))
                .orElseThrow();
        assertThat(newFriday.shift().start()).isEqualTo(Instant.parse("2026-11-27T07:00:00Z"));
        assertThat(newFriday.shift().breaks()).isEmpty();
        assertThat(newFriday.demand()).isEqualTo(400);
        assertThat(count("select count(*) from audit_log where entity = 'shift_calendar'"))
                .isEqualTo(2);
        // The removed shifts, with the planner's 300 for Friday, are in the audit trail.
        assertThat(count("select count(*) from audit_log where entity = 'shift' and action = 'UPDATE'"
                        + " and old_value @> '[{\"demand\": 300}]'"))
                .isEqualTo(1);

        // The same calendar again changes nothing.
        assertThat(planning.putCalendar(line, LineCalendarJson.read(EARLY_AT_SEVEN), "planner")
                        .diff()
                        .isEmpty())
                .isTrue();
        assertThat(planning.scheduled(line, WEDNESDAY_10.minus(Duration.ofDays(8)), far()))
                .isEqualTo(after);
        assertThat(count("select count(*) from audit_log where entity = 'shift_calendar'"))
                .isEqualTo(2);
    }

    @Test
    void overtimeThatOverlapsAShiftIsRefusedNamingIt() throws Exception {
        planning.putCalendar(line, LineCalendarJson.read(TWO_SHIFTS), "planner");
        ScheduledShift late = planning.scheduledAt(line, Instant.parse("2026-11-26T15:00:00Z"))
                .orElseThrow();
        Instant saturday = Instant.parse("2026-11-28T06:00:00Z");

        ScheduledShift extra = planning.addOvertime(line, overtime(saturday, Duration.ofHours(6), 180), "planner");
        assertThatThrownBy(() -> planning.addOvertime(
                        line, overtime(Instant.parse("2026-11-26T21:00:00Z"), Duration.ofHours(2), null), "planner"))
                .isInstanceOfSatisfying(ShiftClashException.class, e -> {
                    assertThat(e.clashing()).isEqualTo(late);
                    assertThat(e.getMessage()).contains("overlaps shift LATE (id " + late.id());
                });
        // Beyond the stored horizon the calendar's shifts are not rows yet, and still count.
        assertThatThrownBy(() -> planning.addOvertime(
                        line, overtime(Instant.parse("2027-01-13T13:00:00Z"), Duration.ofHours(2), null), "planner"))
                .isInstanceOf(ShiftClashException.class)
                .hasMessageContaining("overlaps shift EARLY (2027-01-13T06:00:00Z");

        // Overtime that has started could never be cancelled: it is refused, not stored.
        assertThatThrownBy(() -> planning.addOvertime(
                        line, overtime(Instant.parse("2020-03-07T06:00:00Z"), Duration.ofHours(2), null), "planner"))
                .isInstanceOf(ShiftPlanningException.class)
                .hasMessageContaining("which has passed (now is " + WEDNESDAY_10 + ")");

        assertThat(planning.shiftAt(line, saturday.plusSeconds(60))).contains(extra.shift());
        assertThat(extra.overtime()).isTrue();
        assertThat(extra.demand()).isEqualTo(180);
        planning.cancelOvertime(line, extra.id(), "planner");
        assertThat(planning.shiftAt(line, saturday.plusSeconds(60))).isEmpty();
        assertThatThrownBy(() -> planning.cancelOvertime(line, late.id(), "planner"))
                .isInstanceOfSatisfying(ShiftPlanningException.class, e -> assertThat(e.problem())
                        .isEqualTo(ShiftPlanningException.Problem.CONFLICT));
        assertThat(count("select count(*) from audit_log where entity = 'shift' and action in ('CREATE', 'DELETE')"))
                .isEqualTo(2);
    }

    @Test
    void aPlanIsChangedAllOrNothing() throws Exception {
        planning.putCalendar(line, LineCalendarJson.read(TWO_SHIFTS), "planner");
        ScheduledShift running = planning.scheduledAt(line, WEDNESDAY_10).orElseThrow();
        Map<Long, Integer> plan = new HashMap<>();
        plan.put(running.id(), 380);
        plan.put(999_999L, 200);

        assertThatThrownBy(() -> planning.putPlan(line, plan, "planner"))
                .isInstanceOfSatisfying(ShiftPlanningException.class, e -> assertThat(e.problem())
                        .isEqualTo(ShiftPlanningException.Problem.BAD_INPUT))
                .hasMessageContaining("no shift with id 999999");
        assertThat(planning.scheduledAt(line, WEDNESDAY_10).orElseThrow().demand())
                .isEqualTo(400);

        plan.remove(999_999L);
        assertThat(planning.putPlan(line, plan, "planner")).singleElement().satisfies(s -> {
            assertThat(s.demand()).isEqualTo(380);
            assertThat(s.standardDemand()).isFalse();
        });
        plan.put(running.id(), null);
        planning.putPlan(line, plan, "planner");
        assertThat(planning.scheduledAt(line, WEDNESDAY_10).orElseThrow().demand())
                .isNull();
        assertThat(count("select count(*) from audit_log where entity = 'production_plan'"))
                .isEqualTo(2);
    }

    @Test
    void answersOnlyForLines() {
        assertThatThrownBy(() -> planning.shifts(station, WEDNESDAY_10, far()))
                .isInstanceOfSatisfying(ShiftPlanningException.class, e -> assertThat(e.problem())
                        .isEqualTo(ShiftPlanningException.Problem.BAD_INPUT))
                .hasMessageContaining("asset " + station + " (ACME/L1/ST1) is a WORK_CELL, not a LINE");
        assertThatThrownBy(() -> planning.calendar(424242))
                .isInstanceOfSatisfying(ShiftPlanningException.class, e -> assertThat(e.problem())
                        .isEqualTo(ShiftPlanningException.Problem.NOT_FOUND));
        assertThat(planning.calendar(otherLine)).isEmpty();
        assertThat(planning.shifts(otherLine, WEDNESDAY_10, far())).isEmpty();
    }

    private static ShiftPlanning.Overtime overtime(Instant start, Duration length, Integer demand) {
        return new ShiftPlanning.Overtime(
                "OVERTIME", "A", start, start.plus(length), List.<Shift.Interval>of(), demand);
    }

    private static Instant far() {
        return WEDNESDAY_10.plus(Duration.ofDays(60));
    }

    private static long asset(Long parent, String level, String code, String path) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into asset (parent_id, level, code, name, path) values (?, ?, ?, ?, ?) returning id")) {
            insert.setObject(1, parent);
            insert.setString(2, level);
            insert.setString(3, code);
            insert.setString(4, code);
            insert.setString(5, path);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void insertShift(long lineId, String from, String to) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into shift (line_id, name, period) values (?, 'EARLY', tstzrange(?::timestamptz, ?::timestamptz))")) {
            insert.setLong(1, lineId);
            insert.setString(2, from);
            insert.setString(3, to);
            insert.executeUpdate();
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
