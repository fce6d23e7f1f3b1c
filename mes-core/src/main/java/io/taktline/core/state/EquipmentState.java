package io.taktline.core.state;

/** The state every piece of equipment is in at any moment, whatever its PLC calls it. */
public enum EquipmentState {
    RUNNING("Running", TimeElement.ACTUAL_PRODUCTION),
    IDLE("Idle", TimeElement.ACTUAL_DELAY),
    /** Ready, but the upstream buffer is empty. */
    STARVED("Starved", TimeElement.ACTUAL_DELAY),
    /** Ready, but the downstream buffer is full. */
    BLOCKED("Blocked", TimeElement.ACTUAL_DELAY),
    /** Stopped by a fault. */
    DOWN("Down", TimeElement.ACTUAL_DOWN),
    PLANNED_STOP("Planned stop", TimeElement.PLANNED_DOWN),
    CHANGEOVER("Changeover", TimeElement.ACTUAL_SETUP),
    /** No data, bad data, or the connector to its PLC is down. */
    OFFLINE("Offline", TimeElement.UNKNOWN);

    private final String label;
    private final TimeElement timeElement;

    EquipmentState(String label, TimeElement timeElement) {
        this.label = label;
        this.timeElement = timeElement;
    }

    /** The ISO 22400 time element that time in this state counts toward. */
    public TimeElement timeElement() {
        return timeElement;
    }

    /** The word operators read on the board. */
    public String label() {
        return label;
    }
}
