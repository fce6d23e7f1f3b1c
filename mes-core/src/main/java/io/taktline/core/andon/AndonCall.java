package io.taktline.core.andon;

import java.time.Instant;

/**
 * One andon call with the time and the person of each step.
 *
 * @param note what the operator added, or null
 * @param acknowledgedAt null until someone acknowledged it
 * @param closedAt null while it is open
 */
public record AndonCall(
        AndonCallId id,
        long stationId,
        AndonKind kind,
        String note,
        Instant raisedAt,
        String raisedBy,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant closedAt,
        String closedBy) {

    /** Where a call stands: raised, acknowledged (someone is on the way), closed. */
    public enum State {
        RAISED,
        ACKNOWLEDGED,
        CLOSED
    }

    public State state() {
        if (closedAt != null) {
            return State.CLOSED;
        }
        return acknowledgedAt != null ? State.ACKNOWLEDGED : State.RAISED;
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
