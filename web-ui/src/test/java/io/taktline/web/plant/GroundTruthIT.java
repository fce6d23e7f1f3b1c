package io.taktline.web.plant;

import static io.taktline.web.plant.PlantIT.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.oee.Kpis;
import io.taktline.core.oee.PartKind;
import io.taktline.core.oee.ProductionCounts;
import io.taktline.core.oee.UnitKpis;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import io.taktline.core.state.TimeElements;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import io.taktline.sim.GroundTruth;
import io.taktline.sim.PlantSimulator;
import io.taktline.sim.SimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The must-show: a whole early shift of the full demo plant, simulated with a fixed seed at
 * 480 times real speed, goes through the real chain (OPC UA server, connector, signal interpreter,
 * stored events, KPI roll-ups) and what Taktline computes is compared with what the simulator says
 * happened: counts exact, every stop's duration within 1 s, availability, effectiveness, quality
 * ratio and OEE within 0.5 percentage points for every station and every line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundTruthIT {

    private static final long SEED = 2026;
    private static final double SPEED = 480;
    /** Simulated time before the shift: the connector subscribes while the plant already runs. */
    private static final Duration LEAD = Duration.ofHours(1);

    private static final Duration SHIFT = Duration.ofHours(8);
    private static final double KPI_TOLERANCE = 0.005;

    private final Map<String, Long> stationIds = new LinkedHashMap<>();
    private Duration largestStopDeviation = Duration.ZERO;
    private final Map<String, Double> largestDeviation = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Map<Long, String> stationPaths = new LinkedHashMap<>();
    private final Map<AssetView, List<String>> lines = new LinkedHashMap<>();
    private Instant shiftStart;
    private Instant shiftEnd;
    private GroundTruth truth;
    private PlantContainer plant;
    private UnitKpis kpis;

    @BeforeAll
    void runAShift() throws Exception {
        // Yesterday's early shift: in the past, so the stored events are never clipped at "now".
        shiftStart = Instant.now()
                .truncatedTo(ChronoUnit.DAYS)
                .minus(Duration.ofDays(1))
                .plus(Duration.ofHours(6));
        shiftEnd = shiftStart.plus(SHIFT);
        Path data = Path.of("target", "it-data", "ground-truth-" + System.nanoTime());
        Files.createDirectories(data);
        plant = new PlantContainer(Map.of("taktline.data.dir", data.toString(), "taktline.simulator.enabled", "false"));
        assertThat(plant.get(PlantDatabase.class).problem()).isEmpty();
        try (PlantSimulator simulator = PlantSimulator.start(new SimulatorSettings("localhost", 0, SEED, SPEED)
                .withStart(shiftStart.minus(LEAD))
                .withGroundTruth(true))) {
            plant.get(AssetModel.class).moveEndpoint(PlantSimulation.ENDPOINT, simulator.endpointUrl());
            // Run on past the shift's end for a few publishing intervals (1 s real is 8 simulated minutes):
            // stopping right after it loses what the last publish before the close would have carried.
            Instant through = shiftEnd.plus(Duration.ofMinutes(30));
            waitFor(
                    Duration.ofSeconds((long) ((SHIFT.toSeconds() + LEAD.toSeconds()) / SPEED) + 60),
                    () -> simulator.simulatedNow().isAfter(through));
            truth = simulator.groundTruth();
        }
        for (TagView tag : plant.model().tags()) {
            AssetView asset = asset(tag.assetId());
            if (tag.role() == TagRole.STATE && asset.level() == AssetLevel.WORK_CELL) {
                // The simulator's node ids are "s=" and the browse path of the variable.
                String node = tag.node().identifier().replaceFirst("^s=", "");
                String path = node.substring(0, node.lastIndexOf('/'));
                stationIds.put(path, asset.id());
                stationPaths.put(asset.id(), path);
                lines.computeIfAbsent(asset(asset.parentId()), line -> new ArrayList<>())
                        .add(path);
            }
        }
        kpis = plant.get(UnitKpis.class);
        // The last samples are on their way through the interpreter: wait until every part is stored.
        long made = truth.cycles().stream().filter(this::inShift).count();
        waitFor(
                Duration.ofSeconds(60),
                () -> storedParts() == made,
                () -> "stored " + storedParts() + " of " + made + " parts; interpreter "
                        + plant.get(io.taktline.core.signal.SignalInterpreter.class)
                                .interpreted() + " interpreted, "
                        + plant.get(io.taktline.core.signal.SignalInterpreter.class)
                                .dropped() + " dropped");
    }

    @Test
    void runsAShiftWithEnoughHappeningToTellRightFromWrong() {
        assertThat(stationIds).hasSize(48);
        assertThat(lines).hasSize(5);
        List<GroundTruth.StateInterval> stops = stopsInShift();
        assertThat(stops).hasSizeGreaterThan(100);
        assertThat(stops)
                .extracting(GroundTruth.StateInterval::cause)
                .contains("fault", "micro-stop", "break", "changeover");
        assertThat(truth.cycles().stream().filter(this::inShift).map(GroundTruth.Cycle::outcome))
                .contains("GOOD", "REWORK", "SCRAP");
    }

    @Test
    void countsEveryPartOfEveryStationExactly() throws Exception {
        for (Map.Entry<String, Long> station : stationIds.entrySet()) {
            Map<PartKind, Long> stored =
                    plant.get(JdbcEventStore.class).counts(station.getValue(), shiftStart, shiftEnd);
            assertThat(stored)
                    .as("parts of %s in the shift", station.getKey())
                    .isEqualTo(truthCounts(List.of(station.getKey())));
        }
    }

    @Test
    void recordsEveryStopOfEveryStationWithinASecond() throws Exception {
        int compared = 0;
        for (Map.Entry<String, Long> station : stationIds.entrySet()) {
            List<GroundTruth.StateInterval> expected = stopsInShift().stream()
                    .filter(s -> s.path().equals(station.getKey()))
                    .toList();
            List<StoredStop> recorded =
                    plant.get(Downtime.class).stops(station.getValue(), shiftStart, shiftEnd).stream()
                            .filter(s -> !s.start().isBefore(shiftStart)
                                    && s.end() != null
                                    && !s.end().isAfter(shiftEnd))
                            .toList();
            assertThat(recorded)
                    .as("stops of %s in the shift: %s", station.getKey(), expected)
                    .hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                GroundTruth.StateInterval truthStop = expected.get(i);
                StoredStop stop = recorded.get(i);
                Duration truthLength = Duration.between(truthStop.start(), truthStop.end());
                Duration length = Duration.between(stop.start(), stop.end());
                String what =
                        station.getKey() + " stop " + i + " (" + truthStop.cause() + " from " + truthStop.start() + ")";
                assertThat(Duration.between(truthStop.start(), stop.start()).abs())
                        .as("start of " + what)
                        .isLessThanOrEqualTo(Duration.ofSeconds(1));
                assertThat(length.minus(truthLength).abs())
                        .as("duration of %s: %s, truth %s", what, length, truthLength)
                        .isLessThanOrEqualTo(Duration.ofSeconds(1));
                largestStopDeviation = Collections.max(
                        List.of(largestStopDeviation, length.minus(truthLength).abs()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(stopsInShift().size());
    }

    @Test
    void computesTheKpisOfEveryStationWithinHalfAPercentagePoint() throws Exception {
        for (Map.Entry<String, Long> station : stationIds.entrySet()) {
            AssetKpis.Report report = kpis.of(station.getValue(), shiftStart, shiftEnd);
            assertClose(station.getKey(), report.kpis(), truthKpis(List.of(station.getKey()), report));
        }
    }

    @Test
    void computesTheKpisOfEveryLineWithinHalfAPercentagePoint() throws Exception {
        for (Map.Entry<AssetView, List<String>> line : lines.entrySet()) {
            AssetKpis.Report report = kpis.of(line.getKey().id(), shiftStart, shiftEnd);
            assertThat(report.members()).isEqualTo(line.getValue().size());
            assertClose(line.getKey().path(), report.kpis(), truthKpis(line.getValue(), report));
        }
    }

    @AfterAll
    void report() {
        // The figures for the closing note: how far the furthest unit is from the truth.
        largestDeviation.forEach((name, deviation) -> System.out.printf(
                Locale.ROOT, "ground truth: largest %s deviation %.4f percentage points%n", name, deviation * 100));
        System.out.printf(
                Locale.ROOT,
                "ground truth: %d stops, largest duration deviation %d ms%n",
                stopsInShift().size(),
                largestStopDeviation.toMillis());
    }

    private void assertClose(String unit, Kpis actual, Kpis expected) {
        Map<String, Function<Kpis, Double>> figures = Map.of(
                "availability", Kpis::availability,
                "effectiveness", Kpis::effectiveness,
                "quality ratio", Kpis::qualityRatio,
                "OEE", Kpis::oee);
        figures.forEach((name, figure) -> {
            if (figure.apply(expected) != null && figure.apply(actual) != null) {
                largestDeviation.merge(name, Math.abs(figure.apply(actual) - figure.apply(expected)), Math::max);
            }
            assertThat(figure.apply(expected))
                    .as("%s of %s in the ground truth", name, unit)
                    .isNotNull();
            assertThat(figure.apply(actual))
                    .as("%s of %s (truth %.4f)", name, unit, figure.apply(expected))
                    .isNotNull()
                    .isCloseTo(figure.apply(expected), org.assertj.core.data.Offset.offset(KPI_TOLERANCE));
        });
    }

    /**
     * The KPIs the simulator's record gives for these stations, by the same formulas (KPIS.md) but
     * from its own states, cycles and outcomes; the ideal cycle times are the model's.
     */
    private Kpis truthKpis(List<String> stations, AssetKpis.Report report) {
        TimeElements time = new TimeElements(Map.of());
        long failures = 0;
        Duration idealRunTime = Duration.ZERO;
        List<AssetKpis.Member> members = kpis.members(report.assetId(), shiftStart, shiftEnd);
        assertThat(members)
                .extracting(m -> stationPaths.get(m.assetId()))
                .containsExactlyInAnyOrderElementsOf(stations);
        for (AssetKpis.Member member : members) {
            String station = stationPaths.get(member.assetId());
            // The breaks are the line's calendar: configuration both sides share, not a measurement.
            assertThat(member.plannedBreaks())
                    .as("breaks of %s's line in the shift", station)
                    .hasSize(3);
            List<StateInterval> intervals = new ArrayList<>();
            for (GroundTruth.StateInterval i : truth.intervals()) {
                if (i.path().equals(station)
                        && i.end().isAfter(shiftStart)
                        && i.start().isBefore(shiftEnd)) {
                    intervals.add(new StateInterval(EquipmentState.valueOf(i.state()), i.start(), i.end()));
                    if (i.state().equals("DOWN") && !i.start().isBefore(shiftStart)) {
                        failures++;
                    }
                }
            }
            time = time.plus(TimeElements.of(intervals, member.plannedBreaks(), shiftStart, shiftEnd));
            long made = truth.cycles().stream()
                    .filter(c -> c.station().equals(station) && inShift(c))
                    .count();
            idealRunTime = idealRunTime.plus(member.idealCycleTime().multipliedBy(made));
        }
        ProductionCounts counts = ProductionCounts.counted(truthCounts(stations));
        return Kpis.fromIdealRunTime(time, counts, idealRunTime, failures);
    }

    private Map<PartKind, Long> truthCounts(List<String> stations) {
        Map<PartKind, Long> counts = new EnumMap<>(PartKind.class);
        for (GroundTruth.Cycle cycle : truth.cycles()) {
            if (stations.contains(cycle.station()) && inShift(cycle)) {
                counts.merge(PartKind.PRODUCED, 1L, Long::sum);
                switch (cycle.outcome()) {
                    case "GOOD" -> counts.merge(PartKind.GOOD, 1L, Long::sum);
                    case "SCRAP" -> counts.merge(PartKind.SCRAP, 1L, Long::sum);
                    default -> {}
                }
            }
        }
        return counts;
    }

    private List<GroundTruth.StateInterval> stopsInShift() {
        return truth.stops().stream()
                .filter(s -> !s.start().isBefore(shiftStart) && !s.end().isAfter(shiftEnd))
                .toList();
    }

    private boolean inShift(GroundTruth.Cycle cycle) {
        return !cycle.end().isBefore(shiftStart) && cycle.end().isBefore(shiftEnd);
    }

    private long storedParts() {
        long sum = 0;
        for (long id : stationIds.values()) {
            try {
                sum += plant.get(JdbcEventStore.class)
                        .counts(id, shiftStart, shiftEnd)
                        .getOrDefault(PartKind.PRODUCED, 0L);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return sum;
    }

    private AssetView asset(long id) {
        return plant.model().assets().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    void stop() {
        if (plant != null) {
            plant.close();
        }
    }
}
