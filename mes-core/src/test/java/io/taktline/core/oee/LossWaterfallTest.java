package io.taktline.core.oee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taktline.core.oee.LossWaterfall.Kind;
import io.taktline.core.state.TimeElement;
import io.taktline.core.state.TimeElements;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LossWaterfallTest {

    private static AssetKpis.Report report(Map<TimeElement, Duration> time, ProductionCounts counts, Duration pri) {
        return report(time, counts, pri, 1);
    }

    private static AssetKpis.Report report(
            Map<TimeElement, Duration> time, ProductionCounts counts, Duration pri, int members) {
        TimeElements elements = new TimeElements(time);
        Map<TimeElement, Double> seconds = new EnumMap<>(TimeElement.class);
        for (TimeElement element : TimeElement.values()) {
            seconds.put(element, elements.get(element).toMillis() / 1000.0);
        }
        Kpis kpis = Kpis.from(elements, counts, pri, 2);
        return new AssetKpis.Report(
                1,
                Instant.EPOCH,
                Instant.EPOCH.plusSeconds(28800),
                seconds,
                elements.plannedBusyTime().toMillis() / 1000.0,
                counts.produced(),
                counts,
                2,
                members,
                kpis);
    }

    /** An 8-hour shift: 30 min break, 20 min changeover, 40 min down, 10 min waiting, 5 min no data. */
    private static final Map<TimeElement, Duration> SHIFT = Map.of(
            TimeElement.PLANNED_DOWN, Duration.ofMinutes(30),
            TimeElement.ACTUAL_SETUP, Duration.ofMinutes(20),
            TimeElement.ACTUAL_DOWN, Duration.ofMinutes(40),
            TimeElement.ACTUAL_DELAY, Duration.ofMinutes(10),
            TimeElement.UNKNOWN, Duration.ofMinutes(5),
            TimeElement.ACTUAL_PRODUCTION, Duration.ofMinutes(375));

    @Test
    void takesEachLossOffInTurnDownToOeeTimesPlannedBusyTime() {
        // 300 parts at an ideal 60 s: 300 min of ideal run in 375 min of production; 12 scrapped.
        AssetKpis.Report shift = report(SHIFT, ProductionCounts.of(300, 12), Duration.ofSeconds(60));

        LossWaterfall waterfall = LossWaterfall.of(shift);

        assertThat(waterfall.steps()).extracting(LossWaterfall.Step::kind).containsExactly(Kind.values());
        assertThat(minutes(waterfall, Kind.PERIOD)).isCloseTo(480, within(1e-9));
        assertThat(minutes(waterfall, Kind.PLANNED_DOWN)).isCloseTo(-30, within(1e-9));
        assertThat(minutes(waterfall, Kind.PLANNED_BUSY)).isCloseTo(450, within(1e-9));
        assertThat(minutes(waterfall, Kind.NO_DATA)).isCloseTo(-5, within(1e-9));
        assertThat(minutes(waterfall, Kind.ACTUAL_PRODUCTION)).isCloseTo(375, within(1e-9));
        assertThat(minutes(waterfall, Kind.SPEED_LOSS)).isCloseTo(-75, within(1e-9));
        assertThat(minutes(waterfall, Kind.QUALITY_LOSS)).isCloseTo(-12, within(1e-9));
        assertThat(minutes(waterfall, Kind.GOOD_OUTPUT)).isCloseTo(288, within(1e-9));
        assertThat(waterfall.step(Kind.GOOD_OUTPUT).orElseThrow().cars()).isCloseTo(288, within(1e-9));
        assertThat(waterfall.step(Kind.UNPLANNED_DOWN).orElseThrow().cars()).isCloseTo(-40, within(1e-9));
        // Every subtotal is the one before less the losses between them.
        double remaining = 0;
        for (LossWaterfall.Step step : waterfall.steps()) {
            if (step.subtotal() && step.kind() != Kind.PERIOD) {
                assertThat(step.seconds()).as(step.kind().name()).isCloseTo(remaining, within(1e-6));
            }
            remaining = step.subtotal() ? step.seconds() : remaining + step.seconds();
        }
        assertThat(minutes(waterfall, Kind.GOOD_OUTPUT) * 60)
                .isCloseTo(shift.kpis().oee() * shift.plannedBusySeconds(), within(1e-6));
    }

    @Test
    void stopsAtProductionTimeWithoutAnIdealCycleTime() {
        LossWaterfall waterfall = LossWaterfall.of(report(SHIFT, ProductionCounts.of(300, 0), null));

        assertThat(waterfall.idealCycleSeconds()).isNull();
        assertThat(waterfall.steps()).last().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(Kind.ACTUAL_PRODUCTION);
            assertThat(step.cars()).isNull();
        });
    }

    @Test
    void showsARollUpPerStation() {
        // Four stations' sums: four times the shift's time elements and parts.
        Map<TimeElement, Duration> four = new EnumMap<>(TimeElement.class);
        SHIFT.forEach((element, duration) -> four.put(element, duration.multipliedBy(4)));
        LossWaterfall line = LossWaterfall.of(report(four, ProductionCounts.of(1200, 48), Duration.ofSeconds(60), 4));

        assertThat(minutes(line, Kind.PERIOD)).isCloseTo(480, within(1e-9));
        assertThat(minutes(line, Kind.GOOD_OUTPUT)).isCloseTo(288, within(1e-9));
        assertThat(line.idealCycleSeconds()).isCloseTo(60, within(1e-9));
        assertThat(line.step(Kind.GOOD_OUTPUT).orElseThrow().cars()).isCloseTo(288, within(1e-9));
    }

    private static double minutes(LossWaterfall waterfall, Kind kind) {
        return waterfall.step(kind).orElseThrow().seconds() / 60;
    }
}
