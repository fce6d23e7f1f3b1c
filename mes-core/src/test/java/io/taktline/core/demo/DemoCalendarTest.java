package io.taktline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.shift.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCalendarTest {

    @Test
    void givesThreeShiftsEveryDayWithTheSimulatorsBreaks() {
        LineCalendar calendar = DemoCalendar.of(Optional.empty());

        List<Shift> sunday =
                calendar.shifts("L", Instant.parse("2026-11-29T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z"));

        assertThat(sunday)
                .extracting(Shift::start)
                .containsExactly(
                        Instant.parse("2026-11-29T06:00:00Z"),
                        Instant.parse("2026-11-29T14:00:00Z"),
                        Instant.parse("2026-11-29T22:00:00Z"));
        assertThat(sunday.get(0).breaks())
                .extracting(Shift.Interval::start)
                .containsExactly(
                        Instant.parse("2026-11-29T08:00:00Z"),
                        Instant.parse("2026-11-29T10:00:00Z"),
                        Instant.parse("2026-11-29T12:15:00Z"));
        assertThat(sunday.get(0).netAvailableTime()).isEqualTo(Duration.ofMinutes(420));
        assertThat(sunday).extracting(Shift::crew).doesNotHaveDuplicates().containsOnly("A", "B", "C");
        assertThat(calendar.standardDemand("EARLY")).isEmpty();
    }

    @Test
    void plansEightyFivePercentOfWhatTheSlowestStationCouldMake() {
        // 420 min = 25,200 s; at 57 s a part: 442.1 parts, 85 % of it 375.8.
        assertThat(DemoCalendar.demand(Duration.ofMinutes(420), Duration.ofSeconds(57)))
                .isEqualTo(375);

        LineCalendar calendar = DemoCalendar.of(Optional.of(Duration.ofMillis(57_000)));

        assertThat(calendar.standardDemand("EARLY")).contains(375);
        assertThat(calendar.standardDemand("NIGHT")).contains(375);
    }
}
