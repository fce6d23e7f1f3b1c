package io.taktline.core.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.state.EquipmentState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StopDetectorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");
    private static final DowntimeReason ELECTRICAL =
            new DowntimeReason("ELEC", "Electrical", ReasonCategory.UNPLANNED, null);
    private static final DowntimeReason SERVO =
            new DowntimeReason("SERVO", "Servo drive fault", ReasonCategory.UNPLANNED, "ELEC");

    private static ReasonTree tree() {
        return new ReasonTree().add(ELECTRICAL).add(SERVO).mapFault(4711, "SERVO");
    }

    private static StopDetector detector() {
        return new StopDetector("PRESS1", tree(), Duration.ofSeconds(60), Duration.ofMinutes(5));
    }

    @Test
    void givesAStopItsReasonFromThePlcFaultCode() {
        StopDetector stops = detector();
        stops.faultCode(4711);
        stops.stateChanged(EquipmentState.DOWN, T0);

        DowntimeEvent stop =
                stops.stateChanged(EquipmentState.RUNNING, T0.plusSeconds(300)).orElseThrow();

        assertThat(stop.reason()).isEqualTo(SERVO);
        assertThat(stop.source()).isEqualTo(DowntimeEvent.Source.AUTOMATIC);
        assertThat(stop.duration(T0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(tree().pathOf(SERVO)).extracting(DowntimeReason::code).containsExactly("ELEC", "SERVO");
    }

    @Test
    void callsAShortStopAMicroStop() {
        StopDetector stops = detector();
        stops.stateChanged(EquipmentState.DOWN, T0);

        assertThat(stops.stateChanged(EquipmentState.RUNNING, T0.plusSeconds(20))
                        .orElseThrow()
                        .reason())
                .isEqualTo(DowntimeReason.MICRO_STOP);
    }

    @Test
    void leavesAStopWithoutFaultCodeForTheOperator() {
        StopDetector stops = detector();
        stops.stateChanged(EquipmentState.DOWN, T0);

        DowntimeEvent stop =
                stops.stateChanged(EquipmentState.IDLE, T0.plusSeconds(600)).orElseThrow();

        assertThat(stop.awaitsClassification()).isTrue();
        DowntimeEvent classified = stop.classify(ELECTRICAL, "operator.ana").comment("cable on the floor");
        assertThat(classified.source()).isEqualTo(DowntimeEvent.Source.OPERATOR);
        assertThat(classified.classifiedBy()).isEqualTo("operator.ana");
    }

    @Test
    void opensAnUnqualifiedStopAfterTheNoSignalTimeout() {
        StopDetector stops = detector();
        stops.stateChanged(EquipmentState.OFFLINE, T0);
        stops.tick(T0.plusSeconds(60));
        assertThat(stops.current()).isEmpty();

        stops.tick(T0.plusSeconds(300));

        assertThat(stops.current()).hasValueSatisfying(stop -> {
            assertThat(stop.start()).isEqualTo(T0);
            assertThat(stop.reason()).isEqualTo(DowntimeReason.NO_SIGNAL);
        });
    }

    @Test
    void splitsAndMergesStops() {
        DowntimeEvent stop = DowntimeEvent.open("PRESS1", T0).close(T0.plusSeconds(900));

        DowntimeEvent[] parts = stop.split(T0.plusSeconds(300));

        assertThat(parts[0].end()).isEqualTo(T0.plusSeconds(300));
        assertThat(parts[1].start()).isEqualTo(T0.plusSeconds(300));
        assertThat(parts[0].merge(parts[1])).isEqualTo(stop);
        assertThatThrownBy(() -> stop.split(T0.plusSeconds(901))).hasMessageContaining("is not inside the stop");
    }
}
