package io.taktline.core.takt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.demo.DemoCalendar;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.infrastructure.JdbcShiftPlanning;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import io.taktline.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A line's takt figures from its stored shift, plan and counted parts. */
class LineTaktIT {

    private static final Instant EARLY = Instant.parse("2026-11-25T06:00:00Z");
    private static Database database;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("line-takt");
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void countsThePartsOfTheRunningShiftAgainstTheNetTimeElapsed() throws Exception {
        long line = asset(null, "LINE", "L1");
        long last = asset(line, "WORK_CELL", "L1/ST9");
        AssetView lineView = new AssetView(line, null, AssetLevel.LINE, "L1", "L1", null, 0, true, "L1");
        AssetView lastView = new AssetView(last, line, AssetLevel.WORK_CELL, "ST9", "ST9", null, 9, true, "L1/ST9");
        JdbcShiftPlanning planning = new JdbcShiftPlanning(
                database.dataSource(), Clock.fixed(EARLY.minus(Duration.ofDays(1)), ZoneOffset.UTC));
        // 420 min net at an ideal 60 s: 420 parts, 85 % of them planned: 357, takt 70.588 s.
        planning.putCalendar(line, DemoCalendar.of(Optional.of(Duration.ofSeconds(60))), "test");
        JdbcEventStore events = new JdbcEventStore(database.dataSource());
        events.partsCounted(last, EARLY.minusSeconds(30), 5); // the night shift's
        for (int minute = 1; minute <= 200; minute += 2) {
            events.partsCounted(last, EARLY.plus(Duration.ofMinutes(minute)), 1);
        }
        Instant at = EARLY.plus(Duration.ofMinutes(150)); // 08:30, after the 15 min break at 08:00

        LineTakt.Report report = new LineTakt(planning, events::parts).at(lineView, Optional.of(lastView), at);

        ScheduledShift shift = planning.scheduledAt(line, at).orElseThrow();
        assertThat(report.shift().id()).isEqualTo(shift.id());
        assertThat(report.shift().crew()).isEqualTo(shift.shift().crew()).isNotNull();
        assertThat(report.planned()).isEqualTo(357);
        assertThat(report.taktSeconds()).isCloseTo(25_200.0 / 357, within(1e-6));
        assertThat(report.netElapsedSeconds()).isEqualTo(135 * 60.0);
        assertThat(report.shouldBe()).isEqualTo((long) Math.floor(135 * 60 / (25_200.0 / 357)));
        assertThat(report.actual()).isEqualTo(75); // minutes 1, 3, ..., 149
        assertThat(report.gap()).isEqualTo(75 - report.shouldBe());
        assertThat(report.countingStation().path()).isEqualTo("L1/ST9");
    }

    private static long asset(Long parent, String level, String path) throws Exception {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into asset (parent_id, level, code, name, path) values (?, ?, ?, ?, ?) returning id")) {
            String code = path.substring(path.lastIndexOf('/') + 1);
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
}
