package io.taktline.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShiftCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<BreakTime> BREAKS = List.of(
            new BreakTime("breakfast", Duration.ofHours(2), Duration.ofMinutes(15)),
            new BreakTime("lunch", Duration.ofHours(5), Duration.ofMinutes(15)));

    private static ShiftPattern threeShifts() {
        return new ShiftPattern(
                "3-shift",
                List.of(
                        new ShiftDefinition("early", LocalTime.of(6, 0), Duration.ofHours(8), BREAKS),
                        new ShiftDefinition("late", LocalTime.of(14, 0), Duration.ofHours(8), BREAKS),
                        new ShiftDefinition("night", LocalTime.of(22, 0), Duration.ofHours(8), BREAKS)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of("A", "B", "C"));
    }

    @Test
    void givesThreeShiftsAWorkingDayWithNightShiftsCrossingMidnight() {
        ShiftCalendar calendar = new ShiftCalendar("FA1", threeShifts(), BERLIN, Set.of());

        List<Shift> wednesday = calendar.shifts(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));

        assertThat(wednesday).extracting(Shift::name).containsExactly("early", "late", "night");
        assertThat(wednesday.get(2).end()).isEqualTo(Instant.parse("2026-11-26T05:00:00Z"));
        assertThat(wednesday.get(0).netAvailableTime()).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void rotatesCrewsWeekByWeek() {
        ShiftCalendar calendar = new ShiftCalendar("FA1", threeShifts(), BERLIN, Set.of());

        String thisWeek = calendar.shifts(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24))
                .get(0)
                .crew();
        String nextWeek = calendar.shifts(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1))
                .get(0)
                .crew();

        assertThat(nextWeek).isNotEqualTo(thisWeek);
    }

    @Test
    void skipsWeekendsAndNonProductionDays() {
        ShiftCalendar calendar = new ShiftCalendar("FA1", threeShifts(), BERLIN, Set.of(LocalDate.of(2026, 12, 24)));

        assertThat(calendar.shifts(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 30)))
                .isEmpty();
        assertThat(calendar.shifts(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)))
                .isEmpty();
    }

    @Test
    void refusesOvertimeThatOverlapsAShift() {
        ShiftCalendar calendar = new ShiftCalendar("FA1", threeShifts(), BERLIN, Set.of());

        Shift saturday = calendar.addOvertime(
                "saturday early", Instant.parse("2026-11-28T05:00:00Z"), Duration.ofHours(6), List.of());
        assertThat(calendar.shifts(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29)))
                .containsExactly(saturday);

        assertThatThrownBy(() -> calendar.addOvertime(
                        "extension", Instant.parse("2026-11-25T12:30:00Z"), Duration.ofHours(2), List.of()))
                .hasMessageContaining("overlaps shift early");
    }

    @Test
    void measuresNetTimeElapsedWithoutBreaks() {
        ShiftCalendar calendar = new ShiftCalendar("FA1", threeShifts(), BERLIN, Set.of());
        Shift early = calendar.shiftAt(Instant.parse("2026-11-25T08:00:00Z")).orElseThrow();

        // 06:00 to 09:00 local is 3 h, less the 15 min breakfast at 08:00.
        assertThat(early.netElapsed(Instant.parse("2026-11-25T08:00:00Z"))).isEqualTo(Duration.ofMinutes(165));
    }
}
