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

    @Test
    void followsOpc40001ItemStateAndOperationMode() {
        StateTracker tracker = new StateTracker(StateMapping.TAKTLINE_SIMULATOR);

        // The mode alone says nothing yet; Executing while Processing is running.
        assertThat(tracker.operationMode(3, true, T0)).isEmpty();
        assertThat(tracker.current()).isEmpty();
        tracker.itemState(3, true, T0);
        assertThat(tracker.current()).contains(EquipmentState.RUNNING);
        // Setup while executing is a changeover, from the mode's own time.
        assertThat(tracker.operationMode(2, true, T0.plusSeconds(60)))
                .contains(new StateInterval(EquipmentState.RUNNING, T0, T0.plusSeconds(60)));
        assertThat(tracker.current()).contains(EquipmentState.CHANGEOVER);
        tracker.operationMode(3, true, T0.plusSeconds(120));
        tracker.itemState(1, true, T0.plusSeconds(180));
        assertThat(tracker.current()).contains(EquipmentState.DOWN);
        tracker.operationMode(1, true, T0.plusSeconds(190));
        assertThat(tracker.current()).contains(EquipmentState.PLANNED_STOP);
        // An item state outside the enumeration, or bad data, is offline.
        tracker.itemState(7, true, T0.plusSeconds(200));
        assertThat(tracker.current()).contains(EquipmentState.OFFLINE);
        tracker.itemState(2, true, T0.plusSeconds(210));
        assertThat(tracker.current()).contains(EquipmentState.PLANNED_STOP);
        tracker.operationMode(3, true, T0.plusSeconds(220));
        assertThat(tracker.current()).contains(EquipmentState.IDLE);
        tracker.itemState(3, false, T0.plusSeconds(230));
        assertThat(tracker.current()).contains(EquipmentState.OFFLINE);
    }
}
