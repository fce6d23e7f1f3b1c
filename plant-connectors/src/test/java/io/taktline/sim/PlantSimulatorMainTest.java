package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlantSimulatorMainTest {

    @Test
    void usesDefaultsWithoutOptions() {
        assertThat(PlantSimulatorMain.parse(new String[0])).isEqualTo(SimulatorSettings.defaults());
    }

    @Test
    void readsEveryOption() {
        SimulatorSettings settings = PlantSimulatorMain.parse(
                new String[] {"--port", "4999", "--host", "0.0.0.0", "--seed", "7", "--speed", "60"});

        assertThat(settings).isEqualTo(new SimulatorSettings("0.0.0.0", 4999, 7, 60));
    }

    @Test
    void namesTheOptionWithABadValue() {
        assertThatThrownBy(() -> PlantSimulatorMain.parse(new String[] {"--port", "forty"}))
                .hasMessageContaining("--port")
                .hasMessageContaining("'forty'");
    }
}
