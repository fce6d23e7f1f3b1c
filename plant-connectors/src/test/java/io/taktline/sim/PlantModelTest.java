package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.sim.GroundTruth.Count;
import io.taktline.sim.GroundTruth.Cycle;
import io.taktline.sim.GroundTruth.StateInterval;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlantModelTest {

    private static final Instant MONDAY_6AM = Instant.parse("2026-01-05T06:00:00Z");
    private static final Duration SHIFT = Duration.ofHours(8);
    private static final GroundTruth SHIFT_42 = shift(42);

    @Test
    void sameSeedGivesIdenticalGroundTruthTwice() throws IOException {
        assertThat(json(shift(42))).isEqualTo(json(shift(42)));
    }

    @Test
    void otherSeedGivesOtherGroundTruth() throws IOException {
        assertThat(json(shift(43))).isNotEqualTo(json(SHIFT_42));
    }

    @Test
    void sameEventsWhateverTheTickSize() throws IOException {
        PlantModel fine = model(42);
        PlantModel coarse = model(42);
        for (int i = 1; i <= 4 * 3600; i++) {
            fine.advanceTo(i * 0.25);
            if (i % 8 == 0) {
                coarse.advanceTo(i * 0.25);
            }
        }

        assertThat(json(coarse.groundTruth())).isEqualTo(json(fine.groundTruth()));
    }

    @Test
    void everyStationTakesItsPlannedBreaksFromTheShiftCalendar() {
        Instant breakStart = MONDAY_6AM.plus(Duration.ofHours(2));
        Set<String> onBreak = SHIFT_42.intervals().stream()
                .filter(i -> i.state().equals("PLANNED_STOP") && i.start().equals(breakStart))
                .filter(i -> i.end().equals(breakStart.plus(Duration.ofMinutes(15))))
                .map(StateInterval::path)
                .filter(path -> path.split("/").length == 4)
                .collect(Collectors.toSet());

        assertThat(onBreak).hasSize(PlantLayout.demo().stationCount());
    }

    @Test
    void aStationDownBlocksTheOneBeforeItAndStarvesTheOneAfter() {
        StateInterval fault = SHIFT_42.stops().stream()
                .filter(i -> i.path().startsWith("Plant/ASSEMBLY/TR1/T0"))
                .filter(i -> !i.path().endsWith("T010") && !i.path().endsWith("T100"))
                .filter(i -> i.state().equals("DOWN") && i.cause().equals("fault"))
                .filter(i -> Duration.between(i.start(), i.end()).toMinutes() >= 5)
                .findFirst()
                .orElseThrow();
        int number = Integer.parseInt(fault.path().substring(fault.path().length() - 3));
        String before = String.format("Plant/ASSEMBLY/TR1/T%03d", number - 10);
        String after = String.format("Plant/ASSEMBLY/TR1/T%03d", number + 10);

        assertThat(statesDuring(before, fault)).contains("BLOCKED");
        assertThat(statesDuring(after, fault)).contains("STARVED");
        assertThat(fault.faultCode()).isPositive();
        assertThat(fault.equipment()).isEqualTo(fault.path() + "/TOOL");
    }

    @Test
    void servesEveryStateOverAShift() {
        assertThat(SHIFT_42.intervals().stream().map(StateInterval::state).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "RUNNING", "IDLE", "STARVED", "BLOCKED", "DOWN", "PLANNED_STOP", "CHANGEOVER");
        assertThat(SHIFT_42.stops().stream().map(StateInterval::cause).collect(Collectors.toSet()))
                .contains("fault", "micro-stop", "andon", "changeover", "break");
    }

    @Test
    void pressesStrokeTwelveTimesAMinuteAndChangeDiesInMinutes() {
        String press = "Plant/STAMPING/PL1/PRESS3";
        double runningMinutes = seconds(press, "RUNNING") / 60;
        long strokes = cycles(press).size();
        assertThat(strokes / runningMinutes).isBetween(10.0, 15.0);

        List<StateInterval> dieChanges = SHIFT_42.intervals().stream()
                .filter(i -> i.path().equals(press) && i.state().equals("CHANGEOVER"))
                .toList();
        assertThat(dieChanges).isNotEmpty().allSatisfy(i -> assertThat(Duration.between(i.start(), i.end()))
                .isBetween(Duration.ofMinutes(1), Duration.ofMinutes(10)));
    }

    @Test
    void finalAssemblyRunsThirtyStationsAtATaktOfAboutAMinute() {
        List<Cycle> last = cycles("Plant/ASSEMBLY/TR1/F100");
        double busy = seconds("Plant/ASSEMBLY/TR1/F100", "RUNNING");

        assertThat(PlantLayout.demo().shops().get(3).lines().get(0).stations()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(busy / last.size()).isBetween(50.0, 70.0);
        assertThat(last.size()).as("cars in a shift").isBetween(300, 480);
    }

    @Test
    void endOfLineTestFailsSomePacksAndPaintReworksSomeBodies() {
        assertThat(count("Plant/BATTERY/BM1/EOL").scrap()).isPositive();
        assertThat(count("Plant/PAINT/TC1/BASECOAT").rework()).isPositive();
    }

    @Test
    void countsAddUpAndTheCountersFollowThem() {
        for (Count count : SHIFT_42.counts()) {
            assertThat(count.good() + count.rework() + count.scrap()).isEqualTo(count.produced());
            assertThat(count.counterEnd()).isEqualTo((count.counterStart() + count.produced()) & 0xFFFF_FFFFL);
            assertThat(cycles(count.station())).hasSize((int) count.produced());
        }
    }

    @Test
    void downTimeIsAPlausibleShareOfTheShift() {
        double stationSeconds = PlantLayout.demo().stationCount() * SHIFT.toSeconds();
        double down = SHIFT_42.intervals().stream()
                .filter(i -> i.path().split("/").length == 4 && i.state().equals("DOWN"))
                .mapToDouble(i -> Duration.between(i.start(), i.end()).toMillis() / 1000.0)
                .sum();

        assertThat(down / stationSeconds).isBetween(0.005, 0.2);
    }

    @Test
    void countersRollOverAtTwoToTheThirtyTwo() {
        PlantLayout.Equipment press = PlantLayout.demo()
                .shops()
                .get(0)
                .lines()
                .get(0)
                .stations()
                .get(0)
                .equipment()
                .get(0);
        EquipmentModel model = new EquipmentModel("Plant/X/PRESS", press, new java.util.Random(1), 0xFFFF_FFFFL);

        model.count("GOOD", 5, 1);

        assertThat(model.values().get(EquipmentModel.PART_COUNT)).isZero();
        assertThat(model.values().get(EquipmentModel.GOOD_COUNT)).isZero();
    }

    private static GroundTruth shift(long seed) {
        return PlantSimulator.simulate(new SimulatorSettings("localhost", 0, seed, 1).withStart(MONDAY_6AM), SHIFT);
    }

    private static PlantModel model(long seed) {
        return new PlantModel(PlantLayout.demo(), seed, MONDAY_6AM, PlantModel.recorder(seed, MONDAY_6AM));
    }

    private static Set<String> statesDuring(String path, StateInterval window) {
        return SHIFT_42.intervals().stream()
                .filter(i -> i.path().equals(path))
                .filter(i -> i.start().isBefore(window.end()) && i.end().isAfter(window.start()))
                .map(StateInterval::state)
                .collect(Collectors.toSet());
    }

    private static double seconds(String path, String state) {
        return SHIFT_42.intervals().stream()
                .filter(i -> i.path().equals(path) && i.state().equals(state))
                .mapToDouble(i -> Duration.between(i.start(), i.end()).toMillis() / 1000.0)
                .sum();
    }

    private static List<Cycle> cycles(String station) {
        return SHIFT_42.cycles().stream()
                .filter(c -> c.station().equals(station))
                .toList();
    }

    private static Count count(String station) {
        return SHIFT_42.counts().stream()
                .filter(c -> c.station().equals(station))
                .findFirst()
                .orElseThrow();
    }

    private static String json(GroundTruth truth) throws IOException {
        StringWriter out = new StringWriter();
        truth.writeJson(out);
        return out.toString();
    }
}
