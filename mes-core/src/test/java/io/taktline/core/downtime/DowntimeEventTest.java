package io.taktline.core.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.downtime.DowntimeEvent.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DowntimeEventTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");
    private static final DowntimeReason JAM = new DowntimeReason("JAM", "Part jammed", ReasonCategory.UNPLANNED, null);
    private static final DowntimeReason MICRO = AutomaticReason.MICRO_STOP.defaultReason();

    private static DowntimeEvent stop(int fromSecond, int toSecond) {
        return DowntimeEvent.open(3, T0.plusSeconds(fromSecond)).close(T0.plusSeconds(toSecond));
    }

    @Test
    void splitsAStopIntoTwoThatKeepItsReasonAndMergesThemBack() {
        DowntimeEvent stop = stop(0, 900).faultReported(4711, JAM).comment("hydraulics");

        List<DowntimeEvent> parts = stop.split(T0.plusSeconds(300));

        assertThat(parts).extracting(DowntimeEvent::end).containsExactly(T0.plusSeconds(300), T0.plusSeconds(900));
        assertThat(parts).extracting(DowntimeEvent::reason).containsOnly(JAM);
        assertThat(parts.get(0).merge(parts.get(1))).isEqualTo(stop);
    }

    @Test
    void splitsAnOpenStopIntoAClosedAndAnOpenOne() {
        List<DowntimeEvent> parts = DowntimeEvent.open(3, T0).split(T0.plusSeconds(60));

        assertThat(parts.get(0).isOpen()).isFalse();
        assertThat(parts.get(1).isOpen()).isTrue();
    }

    @Test
    void refusesToSplitOutsideTheStop() {
        DowntimeEvent stop = stop(0, 900);

        assertThatThrownBy(() -> stop.split(T0.plusSeconds(900))).hasMessageContaining("is not inside the stop");
        assertThatThrownBy(() -> stop.split(T0)).hasMessageContaining("is not inside the stop");
    }

    @Test
    void mergesStopsAFewMinutesApartKeepingTheOperatorsReasonAndBothComments() {
        DowntimeEvent first = stop(0, 60).classifyAutomatically(MICRO).comment("stuck");
        DowntimeEvent second =
                stop(360, 400).classify(JAM, "ana", T0.plusSeconds(500)).comment("jammed again");

        DowntimeEvent merged = first.merge(second);

        assertThat(merged.start()).isEqualTo(T0);
        assertThat(merged.end()).isEqualTo(T0.plusSeconds(400));
        assertThat(merged.reason()).isEqualTo(JAM);
        assertThat(merged.source()).isEqualTo(Source.OPERATOR);
        assertThat(merged.comment()).isEqualTo("stuck\njammed again");
    }

    @Test
    void refusesToMergeStopsTooFarApartOverlappingOrOfTwoAssets() {
        assertThatThrownBy(() -> stop(0, 60).merge(stop(361, 400))).hasMessageContaining("301 s apart");
        assertThatThrownBy(() -> stop(0, 60).merge(stop(30, 400))).hasMessageContaining("does not follow");
        assertThatThrownBy(() -> DowntimeEvent.open(3, T0).merge(stop(30, 400)))
                .hasMessageContaining("does not follow");
        assertThatThrownBy(() -> stop(0, 60).merge(DowntimeEvent.open(4, T0.plusSeconds(60))))
                .hasMessageContaining("only stops of one asset");
    }
}
