package io.taktline.core.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar of one line: its shift pattern in its plant's time zone, the days it does not
 * produce, and overtime shifts added on top. Gives the shifts of any period, and refuses overtime
 * that would overlap a shift, since a line works one shift at a time.
 */
public final class ShiftCalendar {

    private final String line;
    private final ShiftPattern pattern;
    private final ZoneId zone;
    private final Set<LocalDate> nonProductionDays;
    private final List<Shift> overtime = new ArrayList<>();

    public ShiftCalendar(String line, ShiftPattern pattern, ZoneId zone, Set<LocalDate> nonProductionDays) {
        this.line = line;
        this.pattern = pattern;
        this.zone = zone;
        this.nonProductionDays = Set.copyOf(nonProductionDays);
    }

    /** Adds an overtime shift (a Saturday early shift, an extension); refused when it overlaps a shift. */
    public Shift addOvertime(String name, Instant start, Duration length, List<Shift.Interval> breaks) {
        Shift extra = new Shift(line, name, null, start, start.plus(length), breaks);
        LocalDate from = start.atZone(zone).toLocalDate().minusDays(1);
        for (Shift shift : shifts(from, from.plusDays(3))) {
            if (shift.overlaps(extra)) {
                throw new IllegalArgumentException(
                        "overtime '" + name + "' from " + extra.start() + " to " + extra.end()
                                + " overlaps shift " + shift.name() + " (" + shift.start() + " to " + shift.end()
                                + ") of line " + line + "; a line works one shift at a time");
            }
        }
        overtime.add(extra);
        return extra;
    }

    /** The shifts that start on the days [from, to), in time order. */
    public List<Shift> shifts(LocalDate from, LocalDate to) {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (nonProductionDays.contains(day) || !pattern.workingDays().contains(day.getDayOfWeek())) {
                continue;
            }
            for (int i = 0; i < pattern.shifts().size(); i++) {
                ShiftDefinition definition = pattern.shifts().get(i);
                // Ends and breaks fall at their wall-clock times: the night shift of a change of
                // clock ends at 06:00 as always (an hour shorter or longer), and never overlaps
                // the early shift after it.
                LocalDateTime local = day.atTime(definition.start());
                List<Shift.Interval> breaks = definition.breaks().stream()
                        .map(b -> new Shift.Interval(
                                instant(local.plus(b.offset())),
                                instant(local.plus(b.offset()).plus(b.length()))))
                        .filter(b -> b.end().isAfter(b.start()))
                        .toList();
                shifts.add(new Shift(
                        line,
                        definition.name(),
                        pattern.crewOf(i, day),
                        instant(local),
                        instant(local.plus(definition.length())),
                        breaks));
            }
        }
        for (Shift extra : overtime) {
            LocalDate day = extra.start().atZone(zone).toLocalDate();
            if (!day.isBefore(from) && day.isBefore(to)) {
                shifts.add(extra);
            }
        }
        shifts.sort(Comparator.comparing(Shift::start));
        return shifts;
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    /** The shift running at {@code at}, if any. */
    public Optional<Shift> shiftAt(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return shifts(day.minusDays(1), day.plusDays(1)).stream()
                .filter(s -> s.contains(at))
                .findFirst();
    }
}
