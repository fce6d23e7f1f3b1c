package io.taktline.core.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.downtime.DowntimeEvent.Source;
import io.taktline.core.downtime.infrastructure.JdbcDowntimeStore;
import io.taktline.core.downtime.infrastructure.JdbcReasonStore;
import io.taktline.core.state.EquipmentState;
import io.taktline.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stops stored, replayed, classified, split and merged in the real schema of an embedded PostgreSQL. */
class DowntimeIT {

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static final DowntimeSettings SETTINGS =
            new DowntimeSettings(Duration.ofSeconds(60), Duration.ofMinutes(5));
    private static final AtomicLong ASSETS = new AtomicLong(1000);
    private static Database database;
    private static Downtime downtime;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("downtime");
        downtime = new Downtime(
                new JdbcDowntimeStore(database.dataSource(), java.time.Clock.systemUTC()),
                new JdbcReasonStore(database.dataSource()),
                SETTINGS,
                java.time.Clock.systemUTC());
        ReasonTree tree = new ReasonTree()
                .add(new DowntimeReason("UNPLANNED", "Unplanned stop", ReasonCategory.UNPLANNED, null))
                .add(new DowntimeReason("ELECTRICAL", "Electrical", ReasonCategory.UNPLANNED, "UNPLANNED"))
                .add(new DowntimeReason("SERVO", "Servo drive fault", ReasonCategory.UNPLANNED, "ELECTRICAL"))
                .add(new DowntimeReason("MATERIAL", "Material shortage", ReasonCategory.UNPLANNED, "UNPLANNED"))
                .mapFault(4711, "SERVO")
                .complete();
        assertThat(downtime.seed(tree, "test")).isTrue();
        assertThat(downtime.seed(ReasonTree.defaults(), "test")).isFalse();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static Instant second(double s) {
        return T0.plusMillis(Math.round(s * 1000));
    }

    /** A fresh asset id per test: the tests share the database, never an asset. */
    private static long asset() {
        return ASSETS.incrementAndGet();
    }

    /** Feeds the detector's changes to the store, as the signal interpreter does. */
    private record Feed(StopDetector detector) {
        Feed(long assetId) {
            this(new StopDetector(assetId, downtime::reasons, SETTINGS));
        }

        Feed state(EquipmentState state, double s) throws Exception {
            downtime.record(detector.stateChanged(state, second(s)));
            return this;
        }

        Feed fault(int code, double s) throws Exception {
            downtime.record(detector.faultCode(1, code, second(s), null));
            return this;
        }
    }

    private static List<StoredStop> stops(long asset) throws Exception {
        return downtime.stops(asset, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)));
    }

    @Test
    void storesAStopWhenItOpensAndEndsItWhenItCloses() throws Exception {
        long asset = asset();
        Feed feed = new Feed(asset).state(EquipmentState.RUNNING, 0).state(EquipmentState.DOWN, 10.123);

        assertThat(stops(asset)).singleElement().satisfies(stop -> {
            assertThat(stop.start()).isEqualTo(second(10.123));
            assertThat(stop.isOpen()).isTrue();
            assertThat(stop.event().awaitsClassification()).isTrue();
        });

        feed.fault(4711, 10.5).state(EquipmentState.RUNNING, 310.456);

        assertThat(stops(asset)).singleElement().satisfies(stop -> {
            assertThat(stop.end()).isEqualTo(second(310.456));
            assertThat(stop.reason().code()).isEqualTo("SERVO");
            assertThat(stop.source()).isEqualTo(Source.AUTOMATIC);
            assertThat(stop.event().faultCode()).isEqualTo(4711);
        });
        assertThat(downtime.stops(asset, second(400), second(500))).isEmpty();
        assertThat(downtime.stops(asset, second(300), second(500))).hasSize(1);
    }

    @Test
    void neverDoublesAStopWhenTheSameSignalsArePlayedAgain() throws Exception {
        long asset = asset();
        for (int run = 0; run < 2; run++) {
            // A fresh detector, as after a restart, takes the same signals again.
            new Feed(asset)
                    .state(EquipmentState.RUNNING, 0)
                    .state(EquipmentState.IDLE, 100)
                    .state(EquipmentState.PLANNED_STOP, 130)
                    .state(EquipmentState.RUNNING, 1930)
                    .state(EquipmentState.DOWN, 2000);
        }

        assertThat(stops(asset))
                .extracting(StoredStop::start, StoredStop::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second(100), second(130)),
                        org.assertj.core.groups.Tuple.tuple(second(130), second(1930)),
                        org.assertj.core.groups.Tuple.tuple(second(2000), null));
        assertThat(stops(asset))
                .extracting(s -> s.reason() == null ? null : s.reason().code())
                .containsExactly("MICRO_STOP", "PLANNED_STOP", null);
    }

    @Test
    void givesAClosedMicroStopTheReasonOfAFaultCodeThatCameLate() throws Exception {
        long asset = asset();
        Feed feed = new Feed(asset)
                .state(EquipmentState.RUNNING, 0)
                .state(EquipmentState.DOWN, 100)
                .state(EquipmentState.RUNNING, 130);
        assertThat(stops(asset).get(0).reason().code()).isEqualTo("MICRO_STOP");

        feed.fault(4711, 100);

        assertThat(stops(asset)).singleElement().satisfies(stop -> {
            assertThat(stop.reason().code()).isEqualTo("SERVO");
            assertThat(stop.event().faultCode()).isEqualTo(4711);
            assertThat(stop.end()).isEqualTo(second(130));
        });
    }

    @Test
    void closesAStopLeftOpenBeforeARestart() throws Exception {
        long asset = asset();
        new Feed(asset).state(EquipmentState.DOWN, 0);

        new Feed(asset).state(EquipmentState.RUNNING, 500);

        assertThat(stops(asset)).singleElement().satisfies(s -> assertThat(s.end())
                .isEqualTo(second(500)));
    }

    @Test
    void keepsTheOperatorsReasonWhenTheRulesComeLater() throws Exception {
        long asset = asset();
        Feed feed = new Feed(asset).state(EquipmentState.DOWN, 0);
        StopId id = stops(asset).get(0).id();

        downtime.classify(id, "MATERIAL", "ana");
        feed.fault(4711, 0.2).state(EquipmentState.RUNNING, 20);

        StoredStop stop = downtime.stop(id);
        assertThat(stop.reason().code()).isEqualTo("MATERIAL");
        assertThat(stop.source()).isEqualTo(Source.OPERATOR);
        assertThat(stop.event().classifiedBy()).isEqualTo("ana");
        assertThat(stop.event().faultCode()).isEqualTo(4711);
        assertThat(stop.end()).isEqualTo(second(20));
        assertThatThrownBy(() -> downtime.classify(id, "NOPE", "ana"))
                .isInstanceOf(DowntimeException.class)
                .hasMessageContaining("reason 'NOPE' is not in the reason tree");
        assertThat(audit(id)).contains("CLASSIFY");
    }

    @Test
    void splitsAStopAndMergesItBackAuditingBoth() throws Exception {
        long asset = asset();
        new Feed(asset)
                .state(EquipmentState.DOWN, 0)
                .state(EquipmentState.RUNNING, 900)
                .state(EquipmentState.DOWN, 1000)
                .state(EquipmentState.RUNNING, 1500);
        StoredStop stop = stops(asset).get(0);
        downtime.classify(stop.id(), "SERVO", "ana");
        downtime.comment(stop.id(), "drive 3", "ana");

        List<StoredStop> parts = downtime.split(stop.id(), second(300), "ben");

        assertThat(stops(asset)).hasSize(3);
        assertThat(parts).extracting(StoredStop::start).containsExactly(second(0), second(300));
        assertThat(parts).extracting(s -> s.reason().code()).containsOnly("SERVO");
        assertThatThrownBy(() -> downtime.split(stop.id(), second(300), "ben"))
                .hasMessageContaining("is not inside the stop");

        StoredStop merged =
                downtime.merge(List.of(parts.get(1).id(), parts.get(0).id()), "ben");

        assertThat(merged.id()).isEqualTo(stop.id());
        assertThat(merged.end()).isEqualTo(second(900));
        assertThat(merged.event().comment()).isEqualTo("drive 3");
        assertThat(stops(asset)).hasSize(2);
        assertThat(audit(stop.id())).containsSubsequence("CLASSIFY", "COMMENT", "SPLIT", "MERGE");
    }

    @Test
    void refusesToMergeStopsOfTwoAssetsFarApartOrWithAStopBetween() throws Exception {
        long asset = asset();
        new Feed(asset)
                .state(EquipmentState.DOWN, 0)
                .state(EquipmentState.RUNNING, 100)
                .state(EquipmentState.IDLE, 160)
                .state(EquipmentState.RUNNING, 170)
                .state(EquipmentState.DOWN, 200)
                .state(EquipmentState.RUNNING, 300)
                .state(EquipmentState.DOWN, 1000);
        List<StoredStop> stops = stops(asset);
        long other = asset();
        new Feed(other).state(EquipmentState.DOWN, 0);
        StopId otherStop = stops(other).get(0).id();

        assertThatThrownBy(() ->
                        downtime.merge(List.of(stops.get(0).id(), stops.get(2).id()), "ben"))
                .hasMessageContaining("stop " + stops.get(1).id() + " of the same asset")
                .hasMessageContaining("lies between");
        assertThatThrownBy(() -> downtime.merge(List.of(stops.get(0).id(), otherStop), "ben"))
                .hasMessageContaining("only stops of one asset");
        assertThatThrownBy(() ->
                        downtime.merge(List.of(stops.get(2).id(), stops.get(3).id()), "ben"))
                .hasMessageContaining("700 s apart");
        assertThatThrownBy(() -> downtime.merge(List.of(stops.get(0).id()), "ben"))
                .hasMessageContaining("two or more");
        assertThatThrownBy(() -> downtime.merge(List.of(stops.get(0).id(), new StopId(987654321L)), "ben"))
                .isInstanceOf(StopNotFoundException.class);
        assertThat(stops(asset)).isEqualTo(stops);
    }

    @Test
    void closesAnOpenStopThatAnOperatorSplitWhileItRan() throws Exception {
        long asset = asset();
        Feed feed = new Feed(asset).state(EquipmentState.DOWN, 0);
        downtime.split(stops(asset).get(0).id(), second(100), "ana");

        feed.state(EquipmentState.RUNNING, 400);

        assertThat(stops(asset))
                .extracting(StoredStop::start, StoredStop::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second(0), second(100)),
                        org.assertj.core.groups.Tuple.tuple(second(100), second(400)));
    }

    @Test
    void losesNeitherTheClosingNorTheOperatorsChangeWhenTheyMeet() throws Exception {
        int pairs = 20;
        List<Long> assets = new ArrayList<>();
        List<Feed> feeds = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            long asset = asset();
            assets.add(asset);
            feeds.add(new Feed(asset).state(EquipmentState.DOWN, 0));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                Feed feed = feeds.get(i);
                StopId id = stops(assets.get(i)).get(0).id();
                done.add(threads.submit((Callable<?>) () -> feed.state(EquipmentState.RUNNING, 30)));
                done.add(threads.submit((Callable<?>) () -> downtime.classify(id, "ELECTRICAL", "ana")));
                done.add(threads.submit((Callable<?>) () -> downtime.comment(id, "checked", "ben")));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }

        for (long asset : assets) {
            assertThat(stops(asset)).singleElement().satisfies(stop -> {
                assertThat(stop.end()).isEqualTo(second(30));
                assertThat(stop.reason().code()).isEqualTo("ELECTRICAL");
                assertThat(stop.source()).isEqualTo(Source.OPERATOR);
                assertThat(stop.event().comment()).isEqualTo("checked");
            });
        }
    }

    @Test
    void offersTheReasonsOperatorsGaveAtTheAssetMostOftenFirst() throws Exception {
        long asset = asset();
        Feed feed = new Feed(asset);
        for (int i = 0; i < 6; i++) {
            feed.state(EquipmentState.RUNNING, i * 1000).state(EquipmentState.DOWN, i * 1000 + 500);
        }
        List<StoredStop> found = stops(asset);
        assertThat(found).hasSize(6);
        String[] given = {"MATERIAL", "SERVO", "MATERIAL", "ELECTRICAL", "SERVO", "MATERIAL"};
        for (int i = 0; i < given.length; i++) {
            downtime.classify(found.get(i).id(), given[i], "ana");
        }

        List<DowntimeReason> offered =
                downtime.frequentReasons(asset, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)), 2);

        assertThat(offered).extracting(DowntimeReason::code).containsExactly("MATERIAL", "SERVO");
        assertThat(downtime.frequentReasons(asset(), T0, T0.plus(Duration.ofDays(1)), 5))
                .isEmpty();
    }

    @Test
    void listsOnlyStopsThatAwaitAnOperatorWhenAsked() throws Exception {
        long asset = asset();
        new Feed(asset)
                .state(EquipmentState.IDLE, 0)
                .state(EquipmentState.RUNNING, 10)
                .state(EquipmentState.IDLE, 100)
                .state(EquipmentState.RUNNING, 400);

        List<StoredStop> awaiting =
                downtime.stops(List.of(asset), T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)), true);

        assertThat(awaiting).singleElement().satisfies(s -> assertThat(s.start())
                .isEqualTo(second(100)));
    }

    @Test
    void refusesToRemoveAReasonThatStopsHaveUnlessTold() throws Exception {
        ReasonTree before = downtime.reasons();
        ReasonTree with = copy(before, null);
        with.add(new DowntimeReason("OBSOLETE", "Old reason", ReasonCategory.UNPLANNED, "UNPLANNED"));
        downtime.replaceReasons(with.complete(), false, "eng");
        long asset = asset();
        new Feed(asset).state(EquipmentState.DOWN, 0).state(EquipmentState.RUNNING, 500);
        StopId id = stops(asset).get(0).id();
        downtime.classify(id, "OBSOLETE", "ana");

        assertThatThrownBy(() -> downtime.replaceReasons(before, false, "eng"))
                .isInstanceOf(DowntimeException.class)
                .hasMessageContaining("'OBSOLETE' (1 stops)")
                .hasMessageContaining("removeReasonsInUse=true");
        assertThat(downtime.reasons().find("OBSOLETE")).isPresent();
        assertThat(downtime.stop(id).reason().code()).isEqualTo("OBSOLETE");

        ReasonTreeReplaced replaced = downtime.replaceReasons(before, true, "eng");

        assertThat(replaced.removed()).containsExactly("OBSOLETE");
        assertThat(replaced.stopsUnclassified()).isEqualTo(1);
        assertThat(downtime.stop(id).event().awaitsClassification()).isTrue();
        assertThat(downtime.reasons().find("OBSOLETE")).isEmpty();
        assertThat(new Downtime(
                                new JdbcDowntimeStore(database.dataSource(), java.time.Clock.systemUTC()),
                                new JdbcReasonStore(database.dataSource()),
                                SETTINGS,
                                java.time.Clock.systemUTC())
                        .reasons()
                        .reasons())
                .isEqualTo(before.reasons());
    }

    @Test
    void refusesToLeaveOutARuleOwnReasonThatWouldComeBackUnremoved() throws Exception {
        ReasonTree before = downtime.reasons();
        downtime.replaceReasons(copy(before, null).complete(), false, "eng");
        assertThat(downtime.reasons().find("PLANNED_STOP")).isPresent();

        // Left out, PLANNED_STOP is added again by the rule that needs it: a removal that would do nothing.
        assertThatThrownBy(() ->
                        downtime.replaceReasons(copy(before, "PLANNED_STOP").complete(), false, "eng"))
                .isInstanceOf(DowntimeException.class)
                .hasMessageContaining(
                        "reason 'PLANNED_STOP' is left out of the document, but the rule PLANNED_STOP" + " gives it");
        assertThat(downtime.reasons().find("PLANNED_STOP")).isPresent();
    }

    /** A copy of a tree's reasons and fault mappings, without {@code leftOut}. */
    private static ReasonTree copy(ReasonTree tree, String leftOut) {
        ReasonTree copy = new ReasonTree();
        tree.reasons().stream().filter(r -> !r.code().equals(leftOut)).forEach(copy::add);
        tree.faultMappings().forEach(m -> copy.mapFault(m.faultCode(), m.equipmentClass(), m.reasonCode()));
        return copy;
    }

    @Test
    void namesTheShiftOfItsLineThatEachStopBeganIn() throws Exception {
        long line;
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("insert into asset (level, code, name, path)"
                        + " values ('LINE', ?, 'Line', ?) returning id")) {
            String code = "L" + System.nanoTime();
            insert.setString(1, code);
            insert.setString(2, code);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                line = row.getLong(1);
            }
            try (PreparedStatement shift =
                    c.prepareStatement("insert into shift (line_id, name, period) values (?, ?, tstzrange(?, ?))")) {
                for (String[] s : new String[][] {{"EARLY", "0"}, {"LATE", "28800"}}) {
                    shift.setLong(1, line);
                    shift.setString(2, s[0]);
                    shift.setObject(3, OffsetDateTime.ofInstant(second(Long.parseLong(s[1])), ZoneOffset.UTC));
                    shift.setObject(4, OffsetDateTime.ofInstant(second(Long.parseLong(s[1]) + 28800), ZoneOffset.UTC));
                    shift.executeUpdate();
                }
            }
        }
        long station = asset();
        long elsewhere = asset();
        new Feed(station)
                .state(EquipmentState.DOWN, 28799)
                .state(EquipmentState.RUNNING, 28900)
                .state(EquipmentState.DOWN, 28900 + 3600);
        new Feed(elsewhere).state(EquipmentState.DOWN, 100);
        List<StoredStop> stops = new ArrayList<>(stops(station));
        stops.addAll(stops(elsewhere));

        Map<StopId, String> names = downtime.shiftNames(stops, Map.of(station, line));

        assertThat(stops).hasSize(3);
        assertThat(names)
                .containsEntry(stops.get(0).id(), "EARLY")
                .containsEntry(stops.get(1).id(), "LATE")
                .doesNotContainKey(stops.get(2).id());
    }

    private static List<String> audit(StopId id) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement query = c.prepareStatement(
                        "select action from audit_log where entity = 'downtime_event' and entity_key = ? order by id")) {
            query.setString(1, String.valueOf(id));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }
}
