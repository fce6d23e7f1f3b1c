package io.taktline.core.shift;

/**
 * A shift as stored for a line: its id, the shift itself, whether it is overtime added on top of the
 * pattern, and its production plan: the demand in units (null when none is planned), and whether
 * that demand is the pattern's standard demand or one a planner set for this shift.
 */
public record ScheduledShift(
        long id, long lineId, Shift shift, boolean overtime, Integer demand, boolean standardDemand) {

    /** The same shift as the pattern would give it: same name, same start, same end. */
    public boolean sameSlotAs(Shift other) {
        return shift.name().equals(other.name())
                && shift.start().equals(other.start())
                && shift.end().equals(other.end());
    }

    public String describe() {
        return (overtime ? "overtime shift " : "shift ") + shift.name() + " (id " + id + ", " + shift.start() + " to "
                + shift.end() + ")";
    }
}
