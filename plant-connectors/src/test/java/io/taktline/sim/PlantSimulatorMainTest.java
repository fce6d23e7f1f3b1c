package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantSimulatorMainTest {

    @Test
    void usesDefaultsWithoutOptions() {
        PlantSimulatorMain.Options options = PlantSimulatorMain.parse(new String[0]);

        assertThat(options.settings()).isEqualTo(SimulatorSettings.defaults());
        assertThat(options.truth()).isNull();
        assertThat(options.runFor()).isNull();
    }

    @Test
    void readsEveryOption() {
        PlantSimulatorMain.Options options = PlantSimulatorMain.parse(new String[] {
            "--port",
            "4999",
            "--host",
            "0.0.0.0",
            "--seed",
            "7",
            "--speed",
            "60",
            "--fast",
            "--load-variables",
            "100000",
            "--start",
            "2026-01-05T06:00:00Z",
            "--truth",
            "t.json",
            "--run-for",
            "8h"
        });

        assertThat(options.settings())
                .isEqualTo(new SimulatorSettings("0.0.0.0", 4999, 7, 60)
                        .fast()
                        .withLoadPlant(100_000)
                        .withStart(Instant.parse("2026-01-05T06:00:00Z"))
                        .withGroundTruth(true));
        assertThat(options.truth()).isEqualTo(Path.of("t.json"));
        assertThat(options.runFor()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void readsAConfigFileAndLetsTheCommandLineWin(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sim.properties");
        Files.writeString(config, "port=4841\nseed=9\nspeed=480\nfast=true\n");

        SimulatorSettings settings = PlantSimulatorMain.parse(
                        new String[] {"--config", config.toString(), "--seed", "10"})
                .settings();

        assertThat(settings.port()).isEqualTo(4841);
        assertThat(settings.seed()).isEqualTo(10);
        assertThat(settings.speed()).isEqualTo(480);
        assertThat(settings.publishInterval()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void readsDurationsInHoursMinutesSecondsOrIso() {
        assertThat(PlantSimulatorMain.duration("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(PlantSimulatorMain.duration("PT8H")).isEqualTo(Duration.ofHours(8));
        assertThat(PlantSimulatorMain.duration("1.5h")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void namesTheOptionWithABadValue() {
        assertThatThrownBy(() -> PlantSimulatorMain.parse(new String[] {"--port", "forty"}))
                .hasMessageContaining("--port")
                .hasMessageContaining("'forty'");
        assertThatThrownBy(() -> PlantSimulatorMain.parse(new String[] {"--run-for", "forever"}))
                .hasMessageContaining("--run-for")
                .hasMessageContaining("'forever'");
    }
}
