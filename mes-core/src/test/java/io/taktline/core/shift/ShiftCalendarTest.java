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

    @Test
    void keepsRotatingCrewsAcrossNewYear() {
        ShiftCalendar calendar = new ShiftCalendar("FA1", threeShifts(), BERLIN, Set.of());

        // ISO week 52 of 2026 is followed by week 1 of 2027: the early crew must still change.
        String lastWeekOf2026 = calendar.shifts(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 22))
                .get(0)
                .crew();
        String firstWeekOf2027 = calendar.shifts(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5))
                .get(0)
                .crew();
        String between = calendar.shifts(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29))
                .get(0)
                .crew();

        assertThat(List.of(lastWeekOf2026, between, firstWeekOf2027)).doesNotHaveDuplicates();
    }

    @Test
    void putsTheFirstCrewOnTheFirstShiftInTheWeekOfTheRotationStart() {
        ShiftPattern base = threeShifts();
        ShiftPattern pattern = new ShiftPattern(
                base.name(), base.shifts(), base.workingDays(), base.crews(), LocalDate.of(2026, 11, 25));

        assertThat(pattern.crewOf(0, LocalDate.of(2026, 11, 23))).isEqualTo("A");
        assertThat(pattern.crewOf(1, LocalDate.of(2026, 11, 27))).isEqualTo("B");
        assertThat(pattern.crewOf(1, LocalDate.of(2026, 11, 30))).isEqualTo("A");
        assertThat(pattern.crewOf(0, LocalDate.of(2026, 11, 16))).isEqualTo("B");
    }

    @Test
    void givesTheNightShiftIntoSummerTimeAnHourLess() {
        ShiftPattern everyDay = new ShiftPattern(
                "3-shift", threeShifts().shifts(), EnumSet.allOf(DayOfWeek.class), List.of("A", "B", "C"));
        ShiftCalendar calendar = new ShiftCalendar("FA1", everyDay, BERLIN, Set.of());

        // 28 March 2027, 02:00 CET becomes 03:00 CEST: the night shift from Saturday 22:00 lasts 7 h.
        Shift night = calendar.shiftAt(Instant.parse("2027-03-28T01:30:00Z")).orElseThrow();
        Shift early = calendar.shiftAt(Instant.parse("2027-03-28T04:30:00Z")).orElseThrow();

        assertThat(night.name()).isEqualTo("night");
        assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(7));
        assertThat(night.end()).isEqualTo(early.start());
    }

    @Test
    void givesTheNightShiftIntoWinterTimeAnHourMore() {
        ShiftPattern everyDay = new ShiftPattern(
                "3-shift", threeShifts().shifts(), EnumSet.allOf(DayOfWeek.class), List.of("A", "B", "C"));
        ShiftCalendar calendar = new ShiftCalendar("FA1", everyDay, BERLIN, Set.of());

        // 31 October 2027, 03:00 CEST becomes 02:00 CET: the night shift from Saturday 22:00 lasts 9 h.
        Shift night = calendar.shiftAt(Instant.parse("2027-10-31T01:30:00Z")).orElseThrow();

        assertThat(night.start()).isEqualTo(Instant.parse("2027-10-30T20:00:00Z"));
        assertThat(night.end()).isEqualTo(Instant.parse("2027-10-31T05:00:00Z"));
        assertThat(night.breaks().get(0).start()).isEqualTo(Instant.parse("2027-10-30T22:00:00Z"));
    }

    @Test
    void refusesAPatternWhoseShiftsOverlap() {
        List<ShiftDefinition> overlapping = List.of(
                new ShiftDefinition("early", LocalTime.of(6, 0), Duration.ofHours(9), BREAKS),
                new ShiftDefinition("late", LocalTime.of(14, 0), Duration.ofHours(8), BREAKS));

        assertThatThrownBy(() -> new ShiftPattern("2-shift", overlapping, EnumSet.of(DayOfWeek.MONDAY), List.of()))
                .hasMessageContaining("'early'")
                .hasMessageContaining("'late'")
                .hasMessageContaining("overlap");
    }

    @Test
    void refusesANightShiftThatRunsIntoTheNextDaysEarlyShift() {
        List<ShiftDefinition> shifts = List.of(
                new ShiftDefinition("early", LocalTime.of(6, 0), Duration.ofHours(8), BREAKS),
                new ShiftDefinition("night", LocalTime.of(22, 0), Duration.ofHours(9), BREAKS));

        assertThatThrownBy(() ->
                        new ShiftPattern("2-shift", shifts, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), List.of()))
                .hasMessageContaining("'night'")
                .hasMessageContaining("overlap");
        // With Tuesday off, Monday's night shift runs into no one's time.
        assertThat(new ShiftPattern("2-shift", shifts, EnumSet.of(DayOfWeek.MONDAY), List.of()).shifts())
                .hasSize(2);
    }

    @Test
    void refusesBreaksThatOverlap() {
        List<BreakTime> breaks = List.of(
                new BreakTime("one", Duration.ofHours(2), Duration.ofMinutes(30)),
                new BreakTime("two", Duration.ofMinutes(140), Duration.ofMinutes(15)));

        assertThatThrownBy(() -> new ShiftDefinition("early", LocalTime.of(6, 0), Duration.ofHours(8), breaks))
                .hasMessageContaining("'two'")
                .hasMessageContaining("must not overlap");
    }
}
