package io.taktline.web.plant;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.connect.ConnectionState;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.state.TimeElement;
import io.taktline.db.historian.SampleQueries;
import io.taktline.db.historian.StoredSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The whole sample path without a server: simulator → connector → historian → embedded PostgreSQL. */
class PlantIT {

    private static Path dataDir(String name) throws Exception {
        Path dir = Path.of("target", "it-data", name + "-" + System.nanoTime());
        Files.createDirectories(dir);
        return dir;
    }

    @Test
    void storesSamplesOfEveryBoundTagOfTheDemoPlant() throws Exception {
        Path data = dataDir("runtime");
        try (PlantContainer plant =
                new PlantContainer(Map.of("taktline.data.dir", data.toString(), "taktline.simulator.port", "0"))) {

            assertThat(plant.get(PlantDatabase.class).problem()).isEmpty();
            List<TagView> tags = plant.model().tags();
            assertThat(plant.model().assets())
                    .filteredOn(a -> a.level() == AssetLevel.AREA)
                    .hasSize(5);
            assertThat(tags).hasSize(781);
            List<Long> ids = tags.stream().map(TagView::id).toList();

            waitFor(
                    Duration.ofSeconds(60),
                    () -> plant.get(SampleQueries.class).latest(ids).size() == ids.size());

            Map<Long, StoredSample> stored = plant.get(SampleQueries.class).latest(ids);
            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(stored.values()).allMatch(s -> s.quality() == 0);
            assertThat(plant.get(PlantConnectors.class).status())
                    .singleElement()
                    .satisfies(status -> {
                        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
                        assertThat(status.tagFailures()).isEmpty();
                    });
            LiveValues live = plant.get(LiveValues.class);
            ids.forEach(id ->
                    assertThat(live.latest(id)).as("live value of tag " + id).isPresent());

            // The signals became stored states: every station with a STATE tag has its time accounted for.
            Instant now = Instant.now();
            for (TagView state : tags) {
                if (state.role() != TagRole.STATE) {
                    continue;
                }
                AssetKpis.Report report =
                        plant.get(AssetKpis.class).of(state.assetId(), now.minusSeconds(5), now, null);
                // Its first value may be younger than the window; before that the time is unknown, after it known.
                assertThat(report.secondsByElement().get(TimeElement.UNKNOWN))
                        .as("time without a stored state of " + state.assetPath())
                        .isLessThan(5.0);
                assertThat(report.secondsByElement().values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum())
                        .isCloseTo(5.0, org.assertj.core.api.Assertions.within(0.01));
                // Undefined (null) only when the whole window is planned down time: a break.
                if (report.kpis().availability() != null) {
                    assertThat(report.kpis().availability()).isBetween(0.0, 1.0);
                } else {
                    assertThat(report.plannedBusySeconds()).isZero();
                }
            }
        }
    }

    @Test
    void keepsHistoryAndTheModelAcrossARestartOnTheSameDataFolder() throws Exception {
        Path data = dataDir("restart");
        Map<String, String> values = Map.of("taktline.data.dir", data.toString(), "taktline.simulator.port", "0");
        long firstTag;
        List<StoredSample> storedBefore;
        try (PlantContainer plant = new PlantContainer(values)) {
            firstTag = plant.model().tags().get(0).id();
            waitFor(
                    Duration.ofSeconds(60),
                    () -> plant.get(SampleQueries.class)
                                    .latest(List.of(firstTag))
                                    .size()
                            == 1);
            plant.get(PlantHistorian.class).writer().orElseThrow().awaitFlushed(Duration.ofSeconds(10));
            storedBefore = samples(plant, firstTag, Instant.now().plusSeconds(60));
        }
        try (PlantContainer plant = new PlantContainer(values)) {

            assertThat(plant.model().tags()).hasSize(781);
            assertThat(plant.model().tags().get(0).id()).isEqualTo(firstTag);
            // Every row stored before the restart is there after it, unchanged (newer ones may follow).
            assertThat(storedBefore).isNotEmpty();
            Instant last = storedBefore.get(storedBefore.size() - 1).time();
            assertThat(samples(plant, firstTag, last.plusNanos(1000))).isEqualTo(storedBefore);
        }
    }

    @Test
    void keepsRunningAndNamesTheSettingWhenTheDatabaseUrlIsWrong() throws Exception {
        Path data = dataDir("bad-url");
        try (PlantContainer plant = new PlantContainer(Map.of(
                "taktline.data.dir", data.toString(),
                "taktline.simulator.port", "0",
                "taktline.db.url", "jdbc:postgresql://127.0.0.1:1/taktline"))) {

            assertThat(plant.get(PlantDatabase.class).problem())
                    .hasValueSatisfying(problem ->
                            assertThat(problem).contains("TAKTLINE_DB_URL").contains("retrying every"));
            assertThat(plant.get(PlantDatabase.class).database()).isEmpty();
            assertThat(plant.get(PlantSimulation.class).simulator()).isPresent();
        }
    }

    private static List<StoredSample> samples(PlantContainer plant, long tagId, Instant through) {
        return plant.get(SampleQueries.class).range(tagId, Instant.EPOCH, through, 1_000_000);
    }

    static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        waitFor(timeout, condition, () -> "");
    }

    /** Waits for {@code condition}; a timeout says what {@code state} shows at that moment. */
    static void waitFor(Duration timeout, BooleanSupplier condition, java.util.function.Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout + " " + state.get());
            }
            Thread.sleep(250);
        }
    }
}
