package io.taktline.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StateTrackerTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");

    @Test
    void reportsOnlyRealChangesAsIntervals() {
        StateTracker tracker = new StateTracker(StateMapping.TAKTLINE_SIMULATOR);

        assertThat(tracker.value(1, true, T0)).isEmpty();
        assertThat(tracker.value(1, true, T0.plusSeconds(10))).isEmpty();
        assertThat(tracker.value(5, true, T0.plusSeconds(30)))
                .contains(new StateInterval(EquipmentState.RUNNING, T0, T0.plusSeconds(30)));
        assertThat(tracker.current()).contains(EquipmentState.DOWN);
    }

    @Test
    void readsBadQualityAndALostConnectionAsOffline() {
        StateTracker tracker = new StateTracker(StateMapping.TAKTLINE_SIMULATOR);
        tracker.value(1, true, T0);

        tracker.value(1, false, T0.plusSeconds(5));
        assertThat(tracker.current()).contains(EquipmentState.OFFLINE);
        tracker.value(1, true, T0.plusSeconds(6));
        tracker.connectionLost(T0.plusSeconds(7));
        assertThat(tracker.current()).contains(EquipmentState.OFFLINE);
        assertThat(tracker.since()).contains(T0.plusSeconds(7));
    }

    @Test
    void ignoresValuesThatArriveLate() {
        StateTracker tracker = new StateTracker(StateMapping.TAKTLINE_SIMULATOR);
        tracker.value(1, true, T0.plusSeconds(10));

        assertThat(tracker.value(5, true, T0)).isEmpty();
        assertThat(tracker.current()).contains(EquipmentState.RUNNING);
    }
}
