package io.taktline.core.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShiftDiffTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final List<BreakTime> BREAKS =
            List.of(new BreakTime("break", Duration.ofHours(2), Duration.ofMinutes(15)));

    private static LineCalendar twoShifts(Map<String, Integer> demand, List<String> crews) {
        ShiftPattern pattern = new ShiftPattern(
                "2-shift",
                List.of(
                        new ShiftDefinition("EARLY", LocalTime.of(6, 0), Duration.ofHours(8), BREAKS),
                        new ShiftDefinition("LATE", LocalTime.of(14, 0), Duration.ofHours(8), BREAKS)),
                EnumSet.allOf(DayOfWeek.class),
                crews);
        return new LineCalendar(pattern, ZoneOffset.UTC, Set.of(), demand);
    }

    private static List<ScheduledShift> stored(List<Shift> shifts, Integer demand, boolean standard) {
        long[] id = {100};
        return shifts.stream()
                .map(s -> new ScheduledShift(id[0]++, 1, s, false, demand, standard))
                .toList();
    }

    @Test
    void extendingAddsOnlyWhatIsNotStoredYet() {
        LineCalendar calendar = twoShifts(Map.of("EARLY", 400), List.of("A", "B"));
        List<Shift> days = calendar.shifts("L1", MONDAY, MONDAY.plus(Duration.ofDays(2)));
        List<ScheduledShift> firstDay = stored(days.subList(0, 2), 400, true);

        ShiftDiff diff = ShiftDiff.extending(firstDay, days, calendar);

        assertThat(diff.added())
                .extracting(a -> a.shift().start())
                .containsExactly(days.get(2).start(), days.get(3).start());
        assertThat(diff.added()).extracting(ShiftDiff.Addition::demand).containsExactly(400, null);
        assertThat(diff.updated()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(ShiftDiff.extending(stored(days, 400, true), days, calendar).isEmpty())
                .isTrue();
    }

    @Test
    void extendingLeavesOutAShiftThatWouldOverlapOvertime() {
        LineCalendar calendar = twoShifts(Map.of(), List.of());
        List<Shift> day = calendar.shifts("L1", MONDAY, MONDAY.plus(Duration.ofDays(1)));
        Shift extra = new Shift(
                "L1",
                "EXTRA",
                null,
                Instant.parse("2026-11-23T12:00:00Z"),
                Instant.parse("2026-11-23T15:00:00Z"),
                List.of());
        ScheduledShift overtime = new ScheduledShift(7, 1, extra, true, null, false);

        ShiftDiff diff = ShiftDiff.extending(List.of(overtime), day, calendar);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.skipped()).hasSize(2).allSatisfy(skip -> assertThat(skip.clashing())
                .isEqualTo(overtime));
    }

    @Test
    void aNewPatternReplacesOnlyShiftsThatHaveNotStarted() {
        LineCalendar before = twoShifts(Map.of(), List.of());
        List<ScheduledShift> stored = stored(before.shifts("L1", MONDAY, MONDAY.plus(Duration.ofDays(2))), null, false);
        Instant now = Instant.parse("2026-11-23T10:00:00Z"); // Monday's early shift is running
        ShiftPattern earlier = new ShiftPattern(
                "2-shift",
                List.of(
                        new ShiftDefinition("EARLY", LocalTime.of(5, 0), Duration.ofHours(8), BREAKS),
                        new ShiftDefinition("LATE", LocalTime.of(13, 0), Duration.ofHours(8), BREAKS)),
                EnumSet.allOf(DayOfWeek.class),
                List.of());
        LineCalendar after = new LineCalendar(earlier, ZoneOffset.UTC, Set.of(), Map.of());

        ShiftDiff diff =
                ShiftDiff.replacingAfter(now, stored, after.shifts("L1", now, MONDAY.plus(Duration.ofDays(2))), after);

        // Monday's early shift has started and stays; Monday's new late shift (13:00) would overlap it.
        assertThat(diff.removed()).extracting(ScheduledShift::id).containsExactly(101L, 102L, 103L);
        assertThat(diff.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.shift().start()).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
            assertThat(skip.clashing().id()).isEqualTo(100L);
        });
        assertThat(diff.added())
                .extracting(a -> a.shift().start())
                .containsExactly(Instant.parse("2026-11-24T05:00:00Z"), Instant.parse("2026-11-24T13:00:00Z"));
    }

    @Test
    void aShiftThatStaysKeepsItsIdAndAPlannersDemand() {
        LineCalendar before = twoShifts(Map.of("EARLY", 400, "LATE", 400), List.of("A", "B"));
        List<Shift> shifts = before.shifts("L1", MONDAY, MONDAY.plus(Duration.ofDays(1)));
        ScheduledShift early = new ScheduledShift(1, 1, shifts.get(0), false, 350, false);
        ScheduledShift late = new ScheduledShift(2, 1, shifts.get(1), false, 400, true);
        LineCalendar after = twoShifts(Map.of("EARLY", 380, "LATE", 380), List.of("A", "B"));

        ShiftDiff diff = ShiftDiff.replacingAfter(
                MONDAY, List.of(early, late), after.shifts("L1", MONDAY, MONDAY.plus(Duration.ofDays(1))), after);

        assertThat(diff.removed()).isEmpty();
        assertThat(diff.added()).isEmpty();
        // The planner's 350 stays; the standard 400 follows the new standard.
        assertThat(diff.updated()).singleElement().satisfies(update -> {
            assertThat(update.before()).isEqualTo(late);
            assertThat(update.demand()).isEqualTo(380);
            assertThat(update.standardDemand()).isTrue();
        });
    }

    @Test
    void newCrewsChangeTheStoredShiftsInPlace() {
        LineCalendar before = twoShifts(Map.of(), List.of("A", "B"));
        List<ScheduledShift> stored = stored(before.shifts("L1", MONDAY, MONDAY.plus(Duration.ofDays(1))), null, false);
        LineCalendar after = twoShifts(Map.of(), List.of("RED", "BLUE"));

        ShiftDiff diff = ShiftDiff.replacingAfter(
                MONDAY, stored, after.shifts("L1", MONDAY, MONDAY.plus(Duration.ofDays(1))), after);

        assertThat(diff.updated()).extracting(u -> u.after().crew()).containsExactlyInAnyOrder("RED", "BLUE");
        assertThat(diff.updated()).extracting(u -> u.before().id()).containsExactly(100L, 101L);
        assertThat(diff.removed()).isEmpty();
    }
}
