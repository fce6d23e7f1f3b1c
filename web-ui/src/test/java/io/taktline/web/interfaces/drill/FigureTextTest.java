package io.taktline.web.interfaces.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taktline.core.oee.LossWaterfall;
import io.taktline.core.oee.LossWaterfall.Kind;
import io.taktline.core.oee.LossWaterfall.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void placesEachLossWhereTheTimeBeforeItLeftOff() {
        LossWaterfall waterfall = new LossWaterfall(
                List.of(
                        new Step(Kind.PERIOD, 480 * 60, null, true),
                        new Step(Kind.PLANNED_DOWN, -60 * 60, null, false),
                        new Step(Kind.PLANNED_BUSY, 420 * 60, null, true),
                        new Step(Kind.UNPLANNED_DOWN, -120 * 60, -0.2, false),
                        new Step(Kind.ACTUAL_PRODUCTION, 300 * 60, 300.0, true)),
                60.0);

        List<FigureText.Bar> bars = FigureText.bars(waterfall);

        assertThat(bars.get(0).width()).isCloseTo(100, within(1e-9));
        assertThat(bars.get(1).left()).isCloseTo(87.5, within(1e-9));
        assertThat(bars.get(1).width()).isCloseTo(12.5, within(1e-9));
        assertThat(bars.get(3).left()).isCloseTo(62.5, within(1e-9));
        assertThat(bars.get(3).minutes()).isEqualTo("-120.0");
        assertThat(bars.get(3).cars()).isEqualTo("0");
        assertThat(bars.get(4).left()).isZero();
        assertThat(bars.get(1).cars()).isEmpty();
    }

    @Test
    void writesFiguresAsPeopleReadThem() {
        assertThat(FigureText.percent(0.8456)).isEqualTo("84.6 %");
        assertThat(FigureText.percent(null)).isEqualTo("—");
        assertThat(FigureText.hours(3 * 3600 + 7 * 60 + 5.4)).isEqualTo("3:07:05");
        assertThat(FigureText.number(-0.04, 1)).isEqualTo("0.0");
    }
}
