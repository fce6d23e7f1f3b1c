package io.taktline.core.shift;

import io.taktline.core.document.TextLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shift calendars of the lines, the shifts they give, overtime and the production plan.
 *
 * <p>A line's shifts are stored, not computed on the fly: from its calendar for a horizon of
 * {@link #HORIZON_BEHIND} back to {@link #HORIZON_AHEAD} ahead, extended as time passes, plus the
 * overtime shifts planners add. The database refuses two overlapping shifts on a line whoever writes
 * them. Every change is in one transaction with its entry in the audit trail.
 */
public interface ShiftPlanning {

    /** How far back a line's first calendar fills in shifts, so that recent history has its shifts. */
    Duration HORIZON_BEHIND = Duration.ofDays(7);

    /** How far ahead the shifts of a calendar are kept stored. */
    Duration HORIZON_AHEAD = Duration.ofDays(14);

    /** The calendar of a line, if it has one. */
    Optional<LineCalendar> calendar(long lineId);

    /**
     * Gives a line its calendar, or a new one. The first calendar fills in the whole horizon; a new
     * one replaces the pattern's shifts that have not started (their plans go with them unless the
     * same shift stays), and leaves started shifts and overtime as they are.
     */
    CalendarChange putCalendar(long lineId, LineCalendar calendar, String actor);

    /** Stores the shifts of every calendar up to the horizon ahead of now; idempotent. */
    int extendHorizons();

    /** The line's shifts that overlap [from, to), in time order, with their breaks. */
    List<Shift> shifts(long lineId, Instant from, Instant to);

    /** The shift running on the line at {@code at}, if any. */
    Optional<Shift> shiftAt(long lineId, Instant at);

    /** The line's stored shifts that overlap [from, to), with their ids and plans. */
    List<ScheduledShift> scheduled(long lineId, Instant from, Instant to);

    /** The stored shift running on the line at {@code at}, if any. */
    Optional<ScheduledShift> scheduledAt(long lineId, Instant at);

    /**
     * Adds an overtime shift; refused with a {@link ShiftClashException} when it overlaps another
     * shift of the line, stored or still to come from the calendar.
     */
    ScheduledShift addOvertime(long lineId, Overtime overtime, String actor);

    /** Removes an overtime shift that has not started. */
    void cancelOvertime(long lineId, long shiftId, String actor);

    /**
     * Sets the demand of shifts of the line (shift id to units; null removes the shift's plan). All
     * or nothing: one unknown shift or bad demand and nothing changes.
     */
    List<ScheduledShift> putPlan(long lineId, Map<Long, Integer> demandByShift, String actor);

    /** An overtime shift as a planner asks for it; breaks are instants inside the shift. */
    record Overtime(String name, String crew, Instant start, Instant end, List<Shift.Interval> breaks, Integer demand) {

        public Overtime {
            breaks = breaks == null ? List.of() : List.copyOf(breaks);
        }

        /** The overtime as a shift of the line named {@code line}; refused when it is not a shift one can work. */
        public Shift shift(String line) {
            if (name == null || name.isBlank()) {
                throw refuse("name is missing; give the overtime a name, like \"SATURDAY EARLY\"");
            }
            try {
                TextLimits.line("name", name.strip(), TextLimits.NAME);
                TextLimits.line("crew", crew, TextLimits.NAME);
            } catch (IllegalArgumentException e) {
                throw refuse(e.getMessage());
            }
            if (start == null || end == null) {
                throw refuse((start == null ? "start" : "end") + " is missing; give an ISO-8601 instant like"
                        + " 2026-11-28T06:00:00Z");
            }
            if (!end.isAfter(start) || Duration.between(start, end).compareTo(Duration.ofHours(24)) > 0) {
                throw refuse(
                        "it runs from " + start + " to " + end + "; give an end after the start, at most 24 h later");
            }
            Instant free = start;
            Duration paused = Duration.ZERO;
            List<Shift.Interval> sorted = breaks.stream()
                    .sorted(Comparator.comparing(Shift.Interval::start))
                    .toList();
            for (Shift.Interval pause : sorted) {
                if (pause.start().isBefore(free)
                        || !pause.end().isAfter(pause.start())
                        || pause.end().isAfter(end)) {
                    throw refuse("break from " + pause.start() + " to " + pause.end() + " is not inside the overtime ("
                            + start + " to " + end + "), ends before it starts, or overlaps another break");
                }
                free = pause.end();
                paused = paused.plus(pause.length());
            }
            if (paused.equals(Duration.between(start, end))) {
                throw refuse("its breaks take all of its time; leave time to produce");
            }
            if (demand != null && (demand <= 0 || demand > 1_000_000)) {
                throw refuse("demand is " + demand + "; give a whole number of units from 1 to 1000000, or none");
            }
            return new Shift(line, name.trim(), crew, start, end, sorted);
        }

        private ShiftPlanningException refuse(String message) {
            return ShiftPlanningException.badInput(
                    "overtime" + (name == null || name.isBlank() ? "" : " '" + name + "'") + ": " + message);
        }
    }

    /** What a new calendar changed in the stored shifts. */
    record CalendarChange(LineCalendar calendar, ShiftDiff diff) {}
}
