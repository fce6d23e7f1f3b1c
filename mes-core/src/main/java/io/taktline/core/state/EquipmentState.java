package io.taktline.core.state;

/** The state every piece of equipment is in at any moment, whatever its PLC calls it. */
public enum EquipmentState {
    RUNNING("Running"),
    IDLE("Idle"),
    /** Ready, but the upstream buffer is empty. */
    STARVED("Starved"),
    /** Ready, but the downstream buffer is full. */
    BLOCKED("Blocked"),
    /** Stopped by a fault. */
    DOWN("Down"),
    PLANNED_STOP("Planned stop"),
    CHANGEOVER("Changeover"),
    /** No data, bad data, or the connector to its PLC is down. */
    OFFLINE("Offline");

    private final String label;

    EquipmentState(String label) {
        this.label = label;
    }

    /** The word operators read on the board. */
    public String label() {
        return label;
    }
}
