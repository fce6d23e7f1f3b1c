package io.taktline.core.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a line's shift calendar is made of, as a planner gives it: the weekly pattern, the time zone
 * its times of day are in, the days the line does not produce, and the standing demand of each shift
 * of the pattern (the production plan a shift gets unless a planner sets another).
 *
 * <p>A non-production day cancels the shifts that start on it; a night shift that starts the
 * evening before still runs into that day's morning.
 */
public record LineCalendar(
        ShiftPattern pattern, ZoneId zone, Set<LocalDate> nonProductionDays, Map<String, Integer> standardDemand) {

    public LineCalendar {
        nonProductionDays = Set.copyOf(new TreeSet<>(nonProductionDays));
        standardDemand = Map.copyOf(new TreeMap<>(standardDemand));
        for (Map.Entry<String, Integer> demand : standardDemand.entrySet()) {
            if (pattern.shifts().stream().noneMatch(s -> s.name().equals(demand.getKey()))) {
                throw new IllegalArgumentException("there is a standard demand for shift '" + demand.getKey()
                        + "', but the pattern has no shift of that name");
            }
            if (demand.getValue() == null || demand.getValue() <= 0) {
                throw new IllegalArgumentException(
                        "the standard demand of shift '" + demand.getKey() + "' is " + demand.getValue()
                                + "; give a positive number of units, or none to leave the shift unplanned");
            }
        }
    }

    /** The standing demand of the pattern's shift of that name, if it has one. */
    public Optional<Integer> standardDemand(String shiftName) {
        return Optional.ofNullable(standardDemand.get(shiftName));
    }

    /**
     * The first shift of the pattern that starts at or after {@code storedUntil} (so is not stored
     * yet) and overlaps {@code extra}.
     */
    public Optional<Shift> clashNotStoredYet(Shift extra, Instant storedUntil) {
        Instant from = storedUntil == null ? extra.start().minus(Duration.ofDays(1)) : storedUntil;
        if (!from.isBefore(extra.end())) {
            return Optional.empty();
        }
        return shifts(extra.line(), from, extra.end()).stream()
                .filter(s -> s.interval().overlaps(extra.interval()))
                .findFirst();
    }

    /** The shifts of the pattern that start in [from, to), in time order, for the line named {@code line}. */
    public List<Shift> shifts(String line, Instant from, Instant to) {
        ShiftCalendar calendar = new ShiftCalendar(line, pattern, zone, nonProductionDays);
        // A day either side: a shift that starts in the window may belong to the day before in the
        // line's zone, and the zone's offset moves the days' edges.
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        return calendar.shifts(first, last).stream()
                .filter(s -> !s.start().isBefore(from) && s.start().isBefore(to))
                .toList();
    }
}
