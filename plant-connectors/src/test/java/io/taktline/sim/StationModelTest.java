package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.sim.PlantLayout.ProcessValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StationModelTest {

    private static final ProcessValue TONNAGE = new ProcessValue("Tonnage", "t", 1000, 0, 1600);
    private static final double TICK_S = 0.5;
    private static final int EIGHT_HOURS_OF_TICKS = 8 * 3600 * 2;

    @Test
    void sameSeedGivesSameStatesAndCounts() {
        assertThat(trace(new PlantModel(PlantLayout.demo(), 42), 5_000))
                .isEqualTo(trace(new PlantModel(PlantLayout.demo(), 42), 5_000));
    }

    @Test
    void otherSeedGivesOtherSequence() {
        assertThat(trace(new PlantModel(PlantLayout.demo(), 42), 5_000))
                .isNotEqualTo(trace(new PlantModel(PlantLayout.demo(), 43), 5_000));
    }

    @Test
    void sameSequenceWhateverTheTickSize() {
        StationModel fine = press(7);
        StationModel coarse = press(7);
        for (int i = 0; i < 3_600; i++) {
            fine.advance(0.25);
            fine.advance(0.25);
            coarse.advance(0.5);
        }

        assertThat(coarse.partCount()).isEqualTo(fine.partCount());
        assertThat(coarse.state()).isEqualTo(fine.state());
    }

    @Test
    void pressMakesAboutTwelveStrokesPerMinuteWhileRunning() {
        StationModel press = press(1);
        long start = press.partCount();
        double runningSeconds = 0;
        for (int i = 0; i < EIGHT_HOURS_OF_TICKS; i++) {
            if (press.state() == StationState.RUNNING) {
                runningSeconds += TICK_S;
            }
            press.advance(TICK_S);
        }

        double strokesPerRunningMinute = (press.partCount() - start) / (runningSeconds / 60);
        assertThat(strokesPerRunningMinute).isBetween(10.0, 14.0);
    }

    @Test
    void failsNowAndThenAndStopsBrieflyOverAShift() {
        StationModel press = press(3);
        Set<StationState> seen = EnumSet.noneOf(StationState.class);
        int downTicks = 0;
        for (int i = 0; i < EIGHT_HOURS_OF_TICKS; i++) {
            press.advance(TICK_S);
            seen.add(press.state());
            downTicks += press.state() == StationState.DOWN ? 1 : 0;
        }

        assertThat(seen).contains(StationState.RUNNING, StationState.DOWN, StationState.IDLE, StationState.STARVED);
        assertThat(downTicks * TICK_S / (8 * 3600)).as("share of time down").isBetween(0.02, 0.25);
    }

    @Test
    void processValueChangesEveryTickAndStaysInRange() {
        StationModel press = press(5);
        double previous = press.value();
        for (int i = 0; i < 1_000; i++) {
            press.advance(TICK_S);
            assertThat(press.value()).isBetween(TONNAGE.min(), TONNAGE.max()).isNotEqualTo(previous);
            previous = press.value();
        }
    }

    private static StationModel press(long seed) {
        return new StationModel("Plant/STAMPING/PL1/PRESS1", TONNAGE, 5, new Random(seed));
    }

    private static List<String> trace(PlantModel plant, int ticks) {
        List<String> trace = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            plant.advance(TICK_S);
            for (StationModel station : plant.stations()) {
                trace.add(station.path() + " " + station.state() + " " + station.partCount());
            }
        }
        return trace;
    }
}
