package io.taktline.web.plant;

import static io.taktline.web.plant.PlantIT.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.DowntimeEvent.Source;
import io.taktline.core.downtime.DowntimeSettings;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.downtime.infrastructure.JdbcDowntimeStore;
import io.taktline.core.downtime.infrastructure.JdbcReasonStore;
import io.taktline.core.live.AssetEvent;
import io.taktline.core.live.LiveAssets;
import io.taktline.core.oee.PartKind;
import io.taktline.core.signal.Reading;
import io.taktline.core.signal.SignalInterpreter;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import io.taktline.core.state.StateMapping;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import io.taktline.db.Database;
import io.taktline.db.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Samples of a station's STATE and its equipment's FAULT_CODE tags, in the orders the connector may
 * deliver them, become stored stops with the demo tree's reasons.
 */
class SignalInterpreterIT {

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    /** Simulator state codes. */
    private static final int RUNNING = 1, IDLE = 2, DOWN = 5, CHANGEOVER = 7;

    private static Database database;
    private static Downtime downtime;
    private static JdbcEventStore events;
    private static long nextId = 5000;

    @BeforeAll
    static void openDatabase() throws Exception {
        Path data = Files.createDirectories(Path.of("target", "it-data", "signals-" + System.nanoTime()));
        database = Database.open(new DatabaseSettings(null, "postgres", "", data));
        downtime = new Downtime(
                new JdbcDowntimeStore(database.dataSource(), Clock.systemUTC()),
                new JdbcReasonStore(database.dataSource()),
                DowntimeSettings.DEFAULTS,
                Clock.systemUTC());
        downtime.seed(DemoSeed.demoReasons(), "test");
        events = new JdbcEventStore(database.dataSource());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** A station with a STATE tag and two pieces of equipment with STATE and FAULT_CODE tags. */
    private record Station(long id, long stateTag, long robotFault, long robotState, long robot, long tipFault) {

        static Station create() {
            long base = nextId += 10;
            return new Station(base, base + 1, base + 2, base + 3, base + 4, base + 5);
        }

        List<AssetView> assets() {
            return List.of(
                    new AssetView(id, null, AssetLevel.WORK_CELL, "S" + id, "Station", null, 0, true, "P/S" + id),
                    new AssetView(robot, id, AssetLevel.EQUIPMENT, "R", "Robot", null, 0, true, "P/S" + id + "/R"),
                    new AssetView(
                            id + 6, id, AssetLevel.EQUIPMENT, "T", "Tip dresser", null, 0, true, "P/S" + id + "/T"));
        }

        List<TagView> tags() {
            return List.of(
                    tag(stateTag, id, TagRole.STATE),
                    tag(robotState, robot, TagRole.STATE),
                    tag(robotFault, robot, TagRole.FAULT_CODE),
                    tag(tipFault, id + 6, TagRole.FAULT_CODE));
        }

        private static TagView tag(long tagId, long assetId, TagRole role) {
            return new TagView(
                    tagId,
                    assetId,
                    "P",
                    role.name(),
                    role,
                    "plc",
                    "opc.tcp://plc:4840",
                    null,
                    "Int32",
                    null,
                    500,
                    0,
                    true);
        }
    }

    private static SignalInterpreter interpreter(Station station) {
        SignalInterpreter interpreter = new SignalInterpreter(
                events,
                downtime,
                StateMapping.TAKTLINE_SIMULATOR,
                new LiveAssets(),
                () -> Set.of("plc"),
                Clock.systemUTC(),
                Executors.defaultThreadFactory());
        interpreter.follow(station.tags(), station.assets(), Map.of());
        interpreter.start();
        return interpreter;
    }

    private int offered;

    private void offer(SignalInterpreter interpreter, long tag, double seconds, int value) {
        long micros = T0.plusMillis(Math.round(seconds * 1000)).toEpochMilli() * 1000;
        interpreter.offer(new Reading(tag, micros, value, true));
        offered++;
    }

    /** Waits until the interpreter is done with every sample offered to it. */
    private void waitUntilInterpreted(SignalInterpreter interpreter) throws InterruptedException {
        waitFor(Duration.ofSeconds(30), () -> interpreter.interpreted() == offered);
        offered = 0;
    }

    private static List<StoredStop> stops(long asset) throws Exception {
        return downtime.stops(asset, T0, T0.plus(Duration.ofDays(1)));
    }

    @Test
    void givesAStationsStopTheReasonOfItsEquipmentsFaultCodeWhicheverArrivesFirst() throws Exception {
        Station station = Station.create();
        try (SignalInterpreter interpreter = interpreter(station)) {
            offer(interpreter, station.stateTag(), 0, RUNNING);
            // Fault code first, then the station goes DOWN at the same instant.
            offer(interpreter, station.robotFault(), 100, 1010);
            offer(interpreter, station.stateTag(), 100, DOWN);
            offer(interpreter, station.robotFault(), 400, 0);
            offer(interpreter, station.stateTag(), 400, RUNNING);
            // The station goes DOWN first, the fault code of the same instant arrives after it.
            offer(interpreter, station.stateTag(), 1000, DOWN);
            offer(interpreter, station.tipFault(), 1000, 1240);
            offer(interpreter, station.stateTag(), 1600, CHANGEOVER);
            offer(interpreter, station.tipFault(), 1600, 0);
            offer(interpreter, station.stateTag(), 2100, IDLE);
            offer(interpreter, station.stateTag(), 2130.5, RUNNING);

            waitUntilInterpreted(interpreter);
        }

        List<StoredStop> stops = stops(station.id());
        assertThat(stops)
                .extracting(StoredStop::start)
                .containsExactly(T0.plusSeconds(100), T0.plusSeconds(1000), T0.plusSeconds(1600), T0.plusSeconds(2100));
        assertThat(stops)
                .extracting(StoredStop::end)
                .containsExactly(
                        T0.plusSeconds(400), T0.plusSeconds(1600), T0.plusSeconds(2100), T0.plusMillis(2_130_500));
        assertThat(stops)
                .extracting(s -> s.reason().code())
                .containsExactly("WELD_ROBOT_1010", "WELD_ROBOT_1240", "DIE_CHANGE", "MICRO_STOP");
        assertThat(stops).extracting(StoredStop::source).containsOnly(Source.AUTOMATIC);
        assertThat(stops.get(1).event().faultCode()).isEqualTo(1240);
    }

    @Test
    void givesEquipmentItsOwnStopsAndNeverDoublesThemOnAReplay() throws Exception {
        Station station = Station.create();
        for (int replay = 0; replay < 2; replay++) {
            try (SignalInterpreter interpreter = interpreter(station)) {
                offer(interpreter, station.robotState(), 0, RUNNING);
                offer(interpreter, station.robotState(), 50, DOWN);
                offer(interpreter, station.robotFault(), 50, 1034);
                offer(interpreter, station.robotState(), 950, RUNNING);
                offer(interpreter, station.robotState(), 1000, IDLE);
                offer(interpreter, station.robotState(), 1300, RUNNING);
                waitUntilInterpreted(interpreter);
            }
        }

        List<StoredStop> stops = stops(station.robot());
        assertThat(stops).hasSize(2);
        assertThat(stops.get(0).reason().code()).isEqualTo("WELD_ROBOT_1034");
        assertThat(stops.get(0).duration(Instant.now())).isEqualTo(Duration.ofSeconds(900));
        assertThat(stops.get(1).event().awaitsClassification()).isTrue();
        assertThat(stops(station.id())).isEmpty();
    }

    @Test
    void readsStatesWithTheClassMappingOrOpc40001AndKeepsTheLiveViewCurrent() throws Exception {
        Station station = Station.create();
        long itemState = station.id() + 7, mode = station.id() + 8, counter = station.id() + 9;
        List<TagView> tags = new java.util.ArrayList<>(station.tags());
        // The robot also reports OPC 40001 MachineryItemState and MachineryOperationMode: they win.
        tags.add(Station.tag(itemState, station.robot(), TagRole.MACHINERY_ITEM_STATE));
        tags.add(Station.tag(mode, station.robot(), TagRole.OPERATION_MODE));
        tags.add(Station.tag(counter, station.id(), TagRole.PART_COUNTER));
        // The station's class maps vendor code 40 to DOWN and 10 to RUNNING.
        StateMapping stationClass =
                new StateMapping("vendor X", Map.of(10, EquipmentState.RUNNING, 40, EquipmentState.DOWN));
        LiveAssets live = new LiveAssets();
        List<AssetEvent> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        live.onEvent(told::add);
        try (SignalInterpreter interpreter = new SignalInterpreter(
                events,
                downtime,
                StateMapping.TAKTLINE_SIMULATOR,
                live,
                () -> Set.of("plc"),
                Clock.systemUTC(),
                Executors.defaultThreadFactory())) {
            interpreter.follow(tags, station.assets(), Map.of(station.id(), stationClass));
            interpreter.start();
            offer(interpreter, station.stateTag(), 0, 10);
            offer(interpreter, counter, 0, 500);
            offer(interpreter, station.stateTag(), 60, 40);
            offer(interpreter, counter, 30, 501);
            // The robot's vendor STATE is ignored; Executing + Processing, then Setup: a changeover.
            offer(interpreter, station.robotState(), 0, DOWN);
            offer(interpreter, mode, 0, 3);
            offer(interpreter, itemState, 0, 3);
            offer(interpreter, mode, 120, 2);
            waitUntilInterpreted(interpreter);
        }

        assertThat(events.intervals(station.id(), T0, T0.plusSeconds(100), T0.plusSeconds(100)))
                .extracting(StateInterval::state)
                .containsExactly(EquipmentState.RUNNING, EquipmentState.DOWN);
        assertThat(events.intervals(station.robot(), T0, T0.plusSeconds(200), T0.plusSeconds(200)))
                .extracting(StateInterval::state)
                .containsExactly(EquipmentState.RUNNING, EquipmentState.CHANGEOVER);
        assertThat(live.of(station.id())).hasValueSatisfying(now -> {
            assertThat(now.state()).isEqualTo(EquipmentState.DOWN);
            assertThat(now.since()).isEqualTo(T0.plusSeconds(60));
            assertThat(now.produced()).isEqualTo(1);
            assertThat(now.lastPart()).isEqualTo(T0.plusSeconds(30));
        });
        assertThat(live.of(station.robot()).map(LiveAssets.AssetLive::state)).contains(EquipmentState.CHANGEOVER);
        assertThat(told)
                .contains(
                        new AssetEvent.StateChanged(
                                station.id(), EquipmentState.RUNNING, EquipmentState.DOWN, T0.plusSeconds(60)),
                        new AssetEvent.PartsCounted(station.id(), PartKind.PRODUCED, 1, T0.plusSeconds(30)));
    }
}
