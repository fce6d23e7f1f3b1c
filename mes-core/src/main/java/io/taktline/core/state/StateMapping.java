package io.taktline.core.state;

import java.util.Map;

/**
 * How one kind of equipment reports its state: raw state codes to {@link EquipmentState}s. A code
 * the mapping does not know reads as {@link EquipmentState#OFFLINE}, so a PLC program change shows
 * up on the board instead of passing for running.
 */
public record StateMapping(String name, Map<Integer, EquipmentState> codes) {

    /** The vendor state codes of the Taktline plant simulator. */
    public static final StateMapping TAKTLINE_SIMULATOR = new StateMapping(
            "Taktline simulator vendor codes",
            Map.of(
                    1, EquipmentState.RUNNING,
                    2, EquipmentState.IDLE,
                    3, EquipmentState.STARVED,
                    4, EquipmentState.BLOCKED,
                    5, EquipmentState.DOWN,
                    6, EquipmentState.PLANNED_STOP,
                    7, EquipmentState.CHANGEOVER));

    public StateMapping {
        codes = Map.copyOf(codes);
    }

    /** The state a raw value means; a fractional or unknown value means offline. */
    public EquipmentState stateOf(double rawValue) {
        if (rawValue != Math.rint(rawValue)) {
            return EquipmentState.OFFLINE;
        }
        return codes.getOrDefault((int) rawValue, EquipmentState.OFFLINE);
    }
}
