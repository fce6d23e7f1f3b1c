package io.taktline.core.takt;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.takt.CycleCounter.Reading;
import org.junit.jupiter.api.Test;

class CycleCounterTest {

    @Test
    void countsIncrementsBetweenReadings() {
        CycleCounter counter = new CycleCounter(10);

        assertThat(counter.read(100)).isEqualTo(Reading.FIRST);
        assertThat(counter.read(101)).isEqualTo(Reading.COUNTED);
        assertThat(counter.read(101)).isEqualTo(Reading.UNCHANGED);
        assertThat(counter.read(104)).isEqualTo(Reading.COUNTED);
        assertThat(counter.parts()).isEqualTo(4);
    }

    @Test
    void countsAcrossCounterRollover() {
        CycleCounter counter = new CycleCounter(10);
        counter.read(CycleCounter.UINT32_RANGE - 2);

        assertThat(counter.read(1)).isEqualTo(Reading.ROLLOVER);
        assertThat(counter.parts()).isEqualTo(3);
    }

    @Test
    void countsWhatWasMadeSinceAReset() {
        CycleCounter counter = new CycleCounter(10);
        counter.read(5000);

        assertThat(counter.read(2)).isEqualTo(Reading.RESET);
        assertThat(counter.parts()).isEqualTo(2);
    }

    @Test
    void ignoresAPresetJumpFarBeyondWhatTheLineCanMake() {
        CycleCounter counter = new CycleCounter(10);
        counter.read(10);

        assertThat(counter.read(50_000)).isEqualTo(Reading.JUMP);
        assertThat(counter.read(50_001)).isEqualTo(Reading.COUNTED);
        assertThat(counter.parts()).isEqualTo(1);
    }
}
