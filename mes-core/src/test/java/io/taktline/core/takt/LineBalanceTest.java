package io.taktline.core.takt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taktline.core.state.TimeElement;
import io.taktline.core.state.TimeElements;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineBalanceTest {

    private static List<Duration> seconds(double... values) {
        return java.util.Arrays.stream(values)
                .mapToObj(v -> Duration.ofMillis(Math.round(v * 1000)))
                .toList();
    }

    @Test
    void measuresEachStationAgainstTaktAndFindsTheSlowest() {
        Takt takt = new Takt(Duration.ofSeconds(60));

        LineBalance balance = LineBalance.of(
                takt,
                Map.of(
                        "T010", seconds(50, 52, 48),
                        "T020", seconds(58, 62, 60),
                        "T030", seconds(40, 41, 39)));

        assertThat(balance.slowest()).hasValueSatisfying(s -> {
            assertThat(s.station()).isEqualTo("T020");
            assertThat(s.loadOfTakt()).isCloseTo(1.0, within(1e-9));
            assertThat(s.standardDeviation()).isEqualTo(Duration.ofSeconds(2));
        });
    }

    @Test
    void findsTheBottleneckAsTheStationLeastOftenStarvedOrBlocked() {
        Map<String, TimeElements> shift = Map.of(
                "T010",
                        new TimeElements(Map.of(
                                TimeElement.ACTUAL_PRODUCTION, Duration.ofMinutes(300),
                                TimeElement.ACTUAL_DELAY, Duration.ofMinutes(150))),
                "T020",
                        new TimeElements(Map.of(
                                TimeElement.ACTUAL_PRODUCTION, Duration.ofMinutes(330),
                                TimeElement.ACTUAL_DOWN, Duration.ofMinutes(100),
                                TimeElement.ACTUAL_DELAY, Duration.ofMinutes(20))),
                "T030",
                        new TimeElements(Map.of(
                                TimeElement.ACTUAL_PRODUCTION, Duration.ofMinutes(280),
                                TimeElement.ACTUAL_DELAY, Duration.ofMinutes(170))));

        assertThat(LineBalance.bottleneckByActivePeriod(shift)).contains("T020");
    }
}
