package io.taktline.web.interfaces.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.downtime.DowntimeEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopRowsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T06:00:00Z");

    private static StopRows.Stop stop(long id, long asset, int minute, long seconds, boolean micro) {
        return new StopRows.Stop(
                id,
                asset,
                asset,
                "station " + asset,
                "line",
                T0.plus(Duration.ofMinutes(minute)),
                "",
                "",
                seconds,
                false,
                null,
                micro ? "MICRO_STOP" : null,
                micro ? "Micro-stop" : null,
                null,
                micro ? DowntimeEvent.Source.AUTOMATIC : DowntimeEvent.Source.NONE,
                null,
                null,
                null,
                micro);
    }

    @Test
    void groupsAStationsMicroStopsIntoOneRowAtItsLatest() {
        List<StopRows.Row> rows = StopRows.of(List.of(
                stop(1, 10, 0, 40, true),
                stop(2, 10, 5, 300, false),
                stop(3, 10, 9, 50, true),
                stop(4, 11, 7, 30, true),
                stop(5, 10, 12, 65, true)));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).isGroup()).isTrue();
        assertThat(rows.get(0).micro()).extracting(StopRows.Stop::id).containsExactly(5L, 3L, 1L);
        assertThat(rows.get(0).microTotal()).isEqualTo("2:35");
        // A station's only micro-stop is a row of its own.
        assertThat(rows.get(1).stop().id()).isEqualTo(4L);
        assertThat(rows.get(2).stop().id()).isEqualTo(2L);
    }

    @Test
    void showsDurationsAndTimesAsPeopleReadThem() {
        assertThat(StopRows.duration(Duration.ofSeconds(65))).isEqualTo("1:05");
        assertThat(StopRows.duration(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(StopRows.time(T0, T0, shanghai)).isEqualTo("14:00:00");
        assertThat(StopRows.time(T0.minus(Duration.ofDays(1)), T0, shanghai)).isEqualTo("12-03 14:00");
        assertThat(StopRows.time(T0.plus(Duration.ofDays(365)), T0, shanghai)).isEqualTo("2027-12-04 14:00");
    }
}
