package io.taktline.core.takt;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CyclesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    private static StateInterval in(EquipmentState state, double from, double to) {
        return new StateInterval(state, at(from), at(to));
    }

    @Test
    void timesCyclesBetweenPartsAndFromTheRestartAfterAStop() {
        List<StateInterval> states = List.of(
                in(EquipmentState.RUNNING, 0, 130),
                in(EquipmentState.STARVED, 130, 200),
                in(EquipmentState.RUNNING, 200, 400));

        List<Cycles.Cycle> cycles = Cycles.of(List.of(at(60), at(120), at(260), at(318.5)), states);

        // The first part has no start known; the one after starvation is timed from the restart.
        assertThat(cycles)
                .extracting(Cycles.Cycle::duration)
                .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofMillis(58_500));
    }

    @Test
    void leavesUntimedAPartFinishedWhileNotRunning() {
        List<StateInterval> states = List.of(in(EquipmentState.RUNNING, 0, 100), in(EquipmentState.DOWN, 100, 300));

        List<Cycles.Cycle> cycles = Cycles.of(List.of(at(50), at(100), at(150)), states);

        // The part at 100 ends the cycle exactly as the station goes down: it still ran to it.
        assertThat(cycles).extracting(Cycles.Cycle::end).containsExactly(at(100));
    }
}
