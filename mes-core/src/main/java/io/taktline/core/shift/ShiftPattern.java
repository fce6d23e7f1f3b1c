package io.taktline.core.shift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a line works a week: its shifts, the days they run, and the crews that rotate through them
 * week by week (crew A on early shift this week is on late shift the next). In the week of
 * {@code rotationStart} the first crew works the first shift, the second crew the second, and so on.
 */
public record ShiftPattern(
        String name,
        List<ShiftDefinition> shifts,
        Set<DayOfWeek> workingDays,
        List<String> crews,
        LocalDate rotationStart) {

    /** The week the rotation counts from when a pattern names none: the first Monday of 1970. */
    public static final LocalDate ROTATION_EPOCH = LocalDate.of(1970, 1, 5);

    public ShiftPattern {
        shifts = List.copyOf(shifts);
        workingDays = Set.copyOf(workingDays);
        crews = List.copyOf(crews);
        rotationStart = rotationStart == null ? ROTATION_EPOCH : rotationStart;
        if (shifts.isEmpty()) {
            throw new IllegalArgumentException("shift pattern '" + name + "' has no shifts; give at least one");
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("shift pattern '" + name + "' has no working days; give at least one");
        }
        Set<String> names = new HashSet<>();
        for (ShiftDefinition shift : shifts) {
            if (!names.add(shift.name())) {
                throw new IllegalArgumentException(
                        "shift pattern '" + name + "' has two shifts named '" + shift.name() + "'; name each once");
            }
        }
        refuseOverlaps(name, shifts, workingDays);
    }

    public ShiftPattern(String name, List<ShiftDefinition> shifts, Set<DayOfWeek> workingDays, List<String> crews) {
        this(name, shifts, workingDays, crews, ROTATION_EPOCH);
    }

    /** The crew that works shift number {@code index} in the week of {@code day}. */
    public String crewOf(int index, LocalDate day) {
        if (crews.isEmpty()) {
            return null;
        }
        // Weeks counted from a fixed Monday, not ISO week numbers: those restart at 1 every year and
        // would keep a crew on the same shift across New Year.
        long weeks = Math.floorDiv(ChronoUnit.DAYS.between(monday(rotationStart), monday(day)), 7);
        return crews.get((int) Math.floorMod(index - weeks, crews.size()));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A line works one shift at a time: no two shifts of the pattern may overlap, also across midnight. */
    private static void refuseOverlaps(String name, List<ShiftDefinition> shifts, Set<DayOfWeek> workingDays) {
        record Planned(ShiftDefinition shift, LocalDateTime start, LocalDateTime end) {}
        List<Planned> fortnight = new ArrayList<>();
        LocalDate monday = ROTATION_EPOCH;
        for (LocalDate day = monday; day.isBefore(monday.plusDays(14)); day = day.plusDays(1)) {
            if (workingDays.contains(day.getDayOfWeek())) {
                for (ShiftDefinition shift : shifts) {
                    LocalDateTime start = day.atTime(shift.start());
                    fortnight.add(new Planned(shift, start, start.plus(shift.length())));
                }
            }
        }
        fortnight.sort(Comparator.comparing(Planned::start));
        for (int i = 1; i < fortnight.size(); i++) {
            Planned before = fortnight.get(i - 1);
            Planned after = fortnight.get(i);
            if (after.start().isBefore(before.end())) {
                throw new IllegalArgumentException("shifts '" + before.shift().name() + "' ("
                        + before.shift().start()
                        + " for " + before.shift().length().toMinutes() + " min, from "
                        + before.start().getDayOfWeek() + ") and '"
                        + after.shift().name() + "' ("
                        + after.shift().start() + ", from " + after.start().getDayOfWeek() + ") of pattern '" + name
                        + "' overlap; a line works one shift at a time, so shorten or move one of them");
            }
        }
    }
}
