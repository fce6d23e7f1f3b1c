package io.taktline.core.shift;

/** A shift refused because it would overlap another shift of the same line. */
public final class ShiftClashException extends ShiftPlanningException {

    private final transient ScheduledShift clashing;

    public ShiftClashException(String message, ScheduledShift clashing) {
        super(Problem.CONFLICT, message);
        this.clashing = clashing;
    }

    /** The shift it would overlap. */
    public ScheduledShift clashing() {
        return clashing;
    }
}
