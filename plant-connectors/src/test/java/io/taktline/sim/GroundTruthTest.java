package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthTest {

    private static final GroundTruth HOUR = PlantSimulator.simulate(
            new SimulatorSettings("localhost", 0, 5, 1).withStart(Instant.parse("2026-01-05T06:00:00Z")),
            Duration.ofHours(1));

    @Test
    void writesOneCsvFilePerTableWithARowPerRecord(@TempDir Path dir) throws Exception {
        HOUR.writeTo(dir.resolve("truth"));

        assertThat(Files.readAllLines(dir.resolve("truth/intervals.csv")))
                .hasSize(HOUR.intervals().size() + 1)
                .first()
                .isEqualTo("path,state,start,end,cause,fault_code,equipment");
        assertThat(Files.readAllLines(dir.resolve("truth/stops.csv")))
                .hasSize(HOUR.stops().size() + 1);
        assertThat(Files.readAllLines(dir.resolve("truth/cycles.csv")))
                .hasSize(HOUR.cycles().size() + 1);
        assertThat(Files.readAllLines(dir.resolve("truth/counts.csv")))
                .hasSize(PlantLayout.demo().stationCount() + 1)
                .contains("Plant/STAMPING/PL1/PRESS1," + count("Plant/STAMPING/PL1/PRESS1"));
    }

    @Test
    void writesJsonToAJsonFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/truth.json");

        HOUR.writeTo(file);

        String json = Files.readString(file);
        assertThat(json).startsWith("{\"schema\":\"taktline-simulator-truth/1\",\"seed\":5,");
        assertThat(json.split("\"outcome\":", -1)).hasSize(HOUR.cycles().size() + 1);
    }

    @Test
    void stopsAreStationIntervalsThatLoseTimeForAReason() {
        assertThat(HOUR.stops()).isNotEmpty().allSatisfy(stop -> {
            assertThat(stop.path().split("/")).hasSize(4);
            assertThat(stop.state()).isIn("DOWN", "IDLE", "PLANNED_STOP", "CHANGEOVER");
            assertThat(stop.end()).isAfter(stop.start());
        });
    }

    private static String count(String station) {
        GroundTruth.Count c = HOUR.counts().stream()
                .filter(x -> x.station().equals(station))
                .findFirst()
                .orElseThrow();
        return c.produced() + "," + c.good() + "," + c.rework() + "," + c.scrap() + "," + c.counterStart() + ","
                + c.counterEnd();
    }
}
