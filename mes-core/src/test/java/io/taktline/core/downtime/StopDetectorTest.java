package io.taktline.core.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.downtime.DowntimeEvent.Source;
import io.taktline.core.state.EquipmentState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopDetectorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");
    private static final long PRESS = 7;
    private static final long FAULT_TAG = 70;
    private static final DowntimeReason ELECTRICAL =
            new DowntimeReason("ELEC", "Electrical", ReasonCategory.UNPLANNED, null);
    private static final DowntimeReason SERVO =
            new DowntimeReason("SERVO", "Servo drive fault", ReasonCategory.UNPLANNED, "ELEC");
    private static final DowntimeReason KUKA_SERVO =
            new DowntimeReason("KUKA_SERVO", "KUKA servo fault", ReasonCategory.UNPLANNED, "ELEC");
    private static final DowntimeReason BREAK = new DowntimeReason("BREAK", "Break", ReasonCategory.PLANNED, null);

    private static final ReasonTree TREE = new ReasonTree()
            .add(ELECTRICAL)
            .add(SERVO)
            .add(KUKA_SERVO)
            .add(BREAK)
            .mapFault(4711, "SERVO")
            .mapFault(4711, "KR210", "KUKA_SERVO")
            .assign(AutomaticReason.PLANNED_STOP, "BREAK")
            .complete();

    private final StopDetector stops =
            new StopDetector(PRESS, () -> TREE, new DowntimeSettings(Duration.ofSeconds(60), Duration.ofMinutes(5)));
    private final List<StopChange> changes = new ArrayList<>();

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    private void state(EquipmentState state, double seconds) {
        changes.addAll(stops.stateChanged(state, at(seconds)));
    }

    private void fault(int code, double seconds) {
        changes.addAll(stops.faultCode(FAULT_TAG, code, at(seconds), null));
    }

    /** The stops as they are when closed, in order (not those left open before the detector began). */
    private List<DowntimeEvent> closed() {
        return changes.stream()
                .filter(c -> c instanceof StopChange.Closed)
                .map(c -> ((StopChange.Closed) c).stop())
                .filter(stop -> stop != null)
                .toList();
    }

    @Test
    void givesAStopTheReasonOfTheFaultCodeReportedAMomentBeforeIt() {
        state(EquipmentState.RUNNING, 0);
        fault(4711, 100);
        state(EquipmentState.DOWN, 100.4);
        fault(0, 400);
        state(EquipmentState.RUNNING, 400);

        DowntimeEvent stop = closed().get(0);
        assertThat(stop.reason()).isEqualTo(SERVO);
        assertThat(stop.source()).isEqualTo(Source.AUTOMATIC);
        assertThat(stop.faultCode()).isEqualTo(4711);
        assertThat(stop.duration(T0)).isEqualTo(Duration.ofMillis(299_600));
    }

    @Test
    void givesAnOpenStopTheReasonOfAFaultCodeThatArrivesAfterIt() {
        state(EquipmentState.DOWN, 100);
        assertThat(stops.current().orElseThrow().awaitsClassification()).isTrue();

        fault(4711, 100);

        assertThat(changes).last().isInstanceOf(StopChange.FaultReported.class);
        assertThat(stops.current().orElseThrow().reason()).isEqualTo(SERVO);
    }

    @Test
    void givesAShortStopTheReasonOfAFaultCodeThatArrivesAfterItEnded() {
        state(EquipmentState.RUNNING, 0);
        state(EquipmentState.DOWN, 100);
        state(EquipmentState.RUNNING, 130);
        assertThat(closed().get(0).reason()).isEqualTo(TREE.automatic(AutomaticReason.MICRO_STOP));

        fault(4711, 100);

        assertThat(changes).last().isInstanceOfSatisfying(StopChange.FaultReported.class, reported -> {
            assertThat(reported.stop().start()).isEqualTo(at(100));
            assertThat(reported.stop().reason()).isEqualTo(SERVO);
            assertThat(reported.stop().faultCode()).isEqualTo(4711);
        });
        // A code stamped after the stop ended is not its.
        changes.clear();
        state(EquipmentState.DOWN, 200);
        state(EquipmentState.RUNNING, 210);
        fault(4711, 215);
        assertThat(changes).noneMatch(c -> c instanceof StopChange.FaultReported);
    }

    @Test
    void prefersTheMappingOfTheEquipmentsClass() {
        changes.addAll(stops.faultCode(FAULT_TAG, 4711, at(10), "KR210"));
        state(EquipmentState.DOWN, 10);

        assertThat(stops.current().orElseThrow().reason()).isEqualTo(KUKA_SERVO);
    }

    @Test
    void doesNotTakeAFaultCodeFromLongBeforeTheStop() {
        fault(4711, 10);
        state(EquipmentState.DOWN, 12);
        state(EquipmentState.RUNNING, 600);

        assertThat(closed().get(0).faultCode()).isNull();
        assertThat(closed().get(0).awaitsClassification()).isTrue();
    }

    @Test
    void goesOnWithTheFaultCodeOfARepairThatABreakInterrupted() {
        state(EquipmentState.RUNNING, 0);
        fault(4711, 100);
        state(EquipmentState.DOWN, 100);
        state(EquipmentState.PLANNED_STOP, 200);
        state(EquipmentState.DOWN, 1100);
        fault(0, 1150);
        state(EquipmentState.RUNNING, 1150);

        assertThat(closed()).extracting(DowntimeEvent::reason).containsExactly(SERVO, BREAK, SERVO);
        assertThat(closed().get(2).faultCode()).isEqualTo(4711);
    }

    @Test
    void doesNotTakeACodeRaisedWhileTheAssetRan() {
        state(EquipmentState.RUNNING, 0);
        fault(4711, 10);
        state(EquipmentState.STARVED, 20);
        state(EquipmentState.DOWN, 30);

        assertThat(stops.current().orElseThrow().faultCode()).isNull();
    }

    @Test
    void keepsTheFaultReasonOfAStopShorterThanTheMicroStopThreshold() {
        fault(4711, 10);
        state(EquipmentState.DOWN, 10);
        state(EquipmentState.RUNNING, 40);

        assertThat(closed().get(0).reason()).isEqualTo(SERVO);
    }

    @Test
    void callsAnIdleOrDownStopWithoutFaultCodeShorterThanTheThresholdAMicroStop() {
        state(EquipmentState.IDLE, 0);
        state(EquipmentState.RUNNING, 59.999);
        state(EquipmentState.DOWN, 100);
        state(EquipmentState.RUNNING, 160);

        assertThat(closed())
                .extracting(DowntimeEvent::reason)
                .containsExactly(TREE.automatic(AutomaticReason.MICRO_STOP), null);
        assertThat(closed().get(1).awaitsClassification()).isTrue();
    }

    @Test
    void givesPlannedStopsAndChangeoversTheReasonsOfTheirRules() {
        state(EquipmentState.PLANNED_STOP, 0);
        state(EquipmentState.CHANGEOVER, 10);
        state(EquipmentState.RUNNING, 20);

        assertThat(closed())
                .extracting(DowntimeEvent::reason)
                .containsExactly(BREAK, TREE.find("CHANGEOVER").orElseThrow());
        assertThat(closed()).extracting(DowntimeEvent::source).containsOnly(Source.AUTOMATIC);
    }

    @Test
    void endsOneStopAndBeginsTheNextAtTheSameInstant() {
        state(EquipmentState.RUNNING, 0);
        state(EquipmentState.DOWN, 100);
        state(EquipmentState.CHANGEOVER, 700);
        state(EquipmentState.PLANNED_STOP, 1200);
        state(EquipmentState.IDLE, 2100);
        state(EquipmentState.RUNNING, 2400);

        assertThat(closed()).extracting(DowntimeEvent::start).containsExactly(at(100), at(700), at(1200), at(2100));
        assertThat(closed()).extracting(DowntimeEvent::end).containsExactly(at(700), at(1200), at(2100), at(2400));
        assertThat(changes.stream().filter(c -> c instanceof StopChange.Opened)).hasSize(4);
        assertThat(stops.current()).isEmpty();
    }

    @Test
    void doesNotCountStarvedOrBlockedAsStopsOfTheAssetItself() {
        state(EquipmentState.RUNNING, 0);
        state(EquipmentState.STARVED, 10);
        state(EquipmentState.BLOCKED, 400);
        state(EquipmentState.RUNNING, 800);

        assertThat(changes).singleElement().isEqualTo(new StopChange.Closed(PRESS, at(0), null));
    }

    @Test
    void opensANoSignalStopFromWhenTheAssetWentQuietOnlyAfterTheTimeout() {
        state(EquipmentState.RUNNING, 0);
        state(EquipmentState.OFFLINE, 60);
        assertThat(stops.tick(at(60 + 299))).isEmpty();

        List<StopChange> opened = stops.tick(at(60 + 300));

        assertThat(opened).singleElement().isInstanceOfSatisfying(StopChange.Opened.class, o -> {
            assertThat(o.stop().start()).isEqualTo(at(60));
            assertThat(o.stop().reason()).isEqualTo(TREE.automatic(AutomaticReason.NO_SIGNAL));
        });
        assertThat(stops.tick(at(60 + 900))).isEmpty();
        state(EquipmentState.RUNNING, 1000);
        assertThat(closed()).singleElement().satisfies(s -> assertThat(s.end()).isEqualTo(at(1000)));
    }

    @Test
    void endsTheStopItWasInWhenItWentQuietForLong() {
        state(EquipmentState.DOWN, 0);
        state(EquipmentState.OFFLINE, 600);
        changes.addAll(stops.tick(at(1000)));

        assertThat(closed()).singleElement().satisfies(s -> assertThat(s.end()).isEqualTo(at(600)));
        assertThat(stops.current().orElseThrow().start()).isEqualTo(at(600));
    }

    @Test
    void goesOnWithTheSameStopAfterAShortSilence() {
        state(EquipmentState.DOWN, 0);
        state(EquipmentState.OFFLINE, 100);
        changes.addAll(stops.tick(at(150)));
        state(EquipmentState.DOWN, 160);
        state(EquipmentState.RUNNING, 500);

        assertThat(closed()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(at(0));
            assertThat(s.end()).isEqualTo(at(500));
        });
    }

    @Test
    void closesAStopLeftOpenBeforeARestartWhenTheFirstStateIsNoStop() {
        state(EquipmentState.STARVED, 50);

        assertThat(changes).singleElement().isEqualTo(new StopChange.Closed(PRESS, at(50), null));
    }

    @Test
    void takesBackAStopThatEndsTheInstantItBegan() {
        state(EquipmentState.RUNNING, 0);
        state(EquipmentState.IDLE, 10);
        state(EquipmentState.DOWN, 10);

        assertThat(changes)
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Closed", "Opened", "Cancelled", "Opened");
        assertThat(stops.current().orElseThrow().start()).isEqualTo(at(10));
    }

    @Test
    void letsTheOperatorsReasonWinOverARule() {
        DowntimeEvent stop = DowntimeEvent.open(PRESS, T0).classify(ELECTRICAL, "operator.ana", T0.plusSeconds(5));

        DowntimeEvent afterRules = stop.faultReported(4711, SERVO)
                .close(T0.plusSeconds(20))
                .classifyAutomatically(TREE.automatic(AutomaticReason.MICRO_STOP));

        assertThat(afterRules.reason()).isEqualTo(ELECTRICAL);
        assertThat(afterRules.source()).isEqualTo(Source.OPERATOR);
        assertThat(afterRules.classifiedBy()).isEqualTo("operator.ana");
        assertThat(afterRules.faultCode()).isEqualTo(4711);
    }
}
