package io.taktline.core.shift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;

/**
 * How a line works a week: its shifts, the days they run, and the crews that rotate through them
 * week by week (crew A on early shift this week is on late shift the next).
 */
public record ShiftPattern(String name, List<ShiftDefinition> shifts, Set<DayOfWeek> workingDays, List<String> crews) {

    public ShiftPattern {
        shifts = List.copyOf(shifts);
        workingDays = Set.copyOf(workingDays);
        crews = List.copyOf(crews);
        if (shifts.isEmpty()) {
            throw new IllegalArgumentException("shift pattern '" + name + "' has no shifts");
        }
    }

    /** The crew that works shift number {@code index} in the week of {@code day}. */
    public String crewOf(int index, LocalDate day) {
        if (crews.isEmpty()) {
            return null;
        }
        int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return crews.get(Math.floorMod(index - week, crews.size()));
    }
}
