package io.taktline.core.oee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import io.taktline.core.state.TimeElement;
import io.taktline.core.state.TimeElements;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpisTest {

    private static final Instant SHIFT = Instant.parse("2026-11-25T06:00:00Z");

    private static StateInterval state(EquipmentState state, int fromMinute, int toMinute) {
        return new StateInterval(state, SHIFT.plusSeconds(fromMinute * 60L), SHIFT.plusSeconds(toMinute * 60L));
    }

    /** An 8 h shift: a 30 min break, 60 min down in two faults, 30 min changeover, 30 min starved. */
    private static TimeElements shift() {
        return TimeElements.of(
                List.of(
                        state(EquipmentState.RUNNING, 0, 120),
                        state(EquipmentState.DOWN, 120, 150),
                        state(EquipmentState.RUNNING, 150, 270), // the break 240..270 falls in here
                        state(EquipmentState.CHANGEOVER, 270, 300),
                        state(EquipmentState.RUNNING, 300, 390),
                        state(EquipmentState.STARVED, 390, 420),
                        state(EquipmentState.DOWN, 420, 450),
                        state(EquipmentState.RUNNING, 450, 480)),
                List.of(state(EquipmentState.PLANNED_STOP, 240, 270)),
                SHIFT,
                SHIFT.plusSeconds(8 * 3600));
    }

    @Test
    void splitsAShiftIntoTimeElementsWithBreaksAsPlannedDownTime() {
        TimeElements time = shift();

        assertThat(time.get(TimeElement.PLANNED_DOWN)).isEqualTo(Duration.ofMinutes(30));
        assertThat(time.get(TimeElement.ACTUAL_PRODUCTION)).isEqualTo(Duration.ofMinutes(330));
        assertThat(time.get(TimeElement.ACTUAL_DOWN)).isEqualTo(Duration.ofMinutes(60));
        assertThat(time.get(TimeElement.ACTUAL_SETUP)).isEqualTo(Duration.ofMinutes(30));
        assertThat(time.get(TimeElement.ACTUAL_DELAY)).isEqualTo(Duration.ofMinutes(30));
        assertThat(time.plannedBusyTime()).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void computesOeeFromAvailabilityEffectivenessAndQuality() {
        // 330 min running at an ideal 60 s: 330 possible; 297 made (90 %), 291 good.
        Kpis kpis = Kpis.from(shift(), ProductionCounts.of(297, 6), Duration.ofSeconds(60), 2);

        assertThat(kpis.availability()).isCloseTo(330.0 / 450, within(1e-9));
        assertThat(kpis.effectiveness()).isCloseTo(297.0 / 330, within(1e-9));
        assertThat(kpis.qualityRatio()).isCloseTo(291.0 / 297, within(1e-9));
        assertThat(kpis.oee()).isCloseTo(291.0 / 450, within(1e-9));
        assertThat(kpis.nee()).isCloseTo(330.0 / 420 * 297 / 330 * 291 / 297, within(1e-9));
        assertThat(kpis.technicalEfficiency()).isCloseTo(330.0 / 390, within(1e-9));
        assertThat(kpis.mtbf()).isEqualTo(Duration.ofMinutes(165));
        assertThat(kpis.mttr()).isEqualTo(Duration.ofMinutes(30));
        assertThat(kpis.scrapRatio()).isCloseTo(6.0 / 297, within(1e-9));
        assertThat(kpis.throughputRatePerHour()).isCloseTo(297 / 7.5, within(1e-9));
    }

    @Test
    void leavesUndefinedKpisEmptyInsteadOfZero() {
        TimeElements allBreak = TimeElements.of(
                List.of(), List.of(state(EquipmentState.PLANNED_STOP, 0, 60)), SHIFT, SHIFT.plusSeconds(3600));

        Kpis kpis = Kpis.from(allBreak, ProductionCounts.of(0, 0), Duration.ofSeconds(60), 0);

        assertThat(kpis.availability()).isNull();
        assertThat(kpis.oee()).isNull();
        assertThat(kpis.mtbf()).isNull();
    }

    @Test
    void countsTimeWithoutDataAsUnknownLoss() {
        TimeElements gap = TimeElements.of(
                List.of(state(EquipmentState.RUNNING, 0, 30)), List.of(), SHIFT, SHIFT.plusSeconds(3600));

        assertThat(gap.get(TimeElement.UNKNOWN)).isEqualTo(Duration.ofMinutes(30));
        assertThat(Kpis.from(gap, ProductionCounts.of(30, 0), Duration.ofSeconds(60), 0)
                        .availability())
                .isCloseTo(0.5, within(1e-9));
    }
}
