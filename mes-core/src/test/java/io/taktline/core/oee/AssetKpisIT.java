package io.taktline.core.oee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.TimeElement;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import io.taktline.db.Database;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KPIs from stored states and counts, in the real schema of an embedded PostgreSQL. */
class AssetKpisIT {

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static Database database;
    private static JdbcEventStore events;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("kpis");
        events = new JdbcEventStore(database.dataSource());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static Instant minute(int m) {
        return T0.plusSeconds(60L * m);
    }

    @Test
    void computesAnHourFromStoredStateChangesAndCountedParts() throws Exception {
        long asset = 101;
        events.stateChanged(asset, minute(-10), EquipmentState.IDLE); // in force when the hour begins
        events.stateChanged(asset, minute(0), EquipmentState.RUNNING);
        events.stateChanged(asset, minute(30), EquipmentState.DOWN);
        events.stateChanged(asset, minute(40), EquipmentState.RUNNING);
        events.stateChanged(asset, minute(40), EquipmentState.RUNNING); // a replay is not stored twice
        events.stateChanged(asset, minute(70), EquipmentState.IDLE); // after the hour
        for (int i = 0; i < 50; i++) {
            events.partsCounted(asset, minute(i).plusSeconds(1), 1);
        }

        AssetKpis.Report report = new AssetKpis(events, java.time.Clock.systemUTC())
                .of(asset, minute(0), minute(60), Duration.ofSeconds(30));

        assertThat(report.secondsByElement().get(TimeElement.ACTUAL_PRODUCTION)).isEqualTo(50 * 60.0);
        assertThat(report.secondsByElement().get(TimeElement.ACTUAL_DOWN)).isEqualTo(10 * 60.0);
        assertThat(report.produced()).isEqualTo(50);
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.kpis().availability()).isCloseTo(50.0 / 60, within(1e-9));
        assertThat(report.kpis().effectiveness()).isCloseTo(50 * 30.0 / (50 * 60), within(1e-9));
        assertThat(report.kpis().mttr()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void hasNoFiguresForAPeriodThatHasNotBegun() throws Exception {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        AssetKpis.Report report =
                new AssetKpis(events, java.time.Clock.systemUTC()).of(103, tomorrow, tomorrow.plusSeconds(3600), null);

        assertThat(report.plannedBusySeconds()).isZero();
        assertThat(report.kpis().availability()).isNull();
    }

    @Test
    void leavesEffectivenessUnknownWithoutAnIdealCycleTime() throws Exception {
        long asset = 102;
        events.stateChanged(asset, minute(0), EquipmentState.RUNNING);

        AssetKpis.Report report =
                new AssetKpis(events, java.time.Clock.systemUTC()).of(asset, minute(0), minute(60), null);

        assertThat(report.kpis().availability()).isEqualTo(1.0);
        assertThat(report.kpis().effectiveness()).isNull();
        assertThat(report.kpis().oee()).isNull();
    }
}
