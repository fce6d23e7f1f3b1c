package io.taktline.web.interfaces.board;

import io.taktline.core.state.EquipmentState;

/** One station on the board: its state and its latest values, already formatted for reading. */
public record StationTile(
        long id,
        String code,
        String name,
        EquipmentState state,
        String partCount,
        String processName,
        String processValue,
        String unit) {

    /** The CSS class of the state badge. */
    public String stateClass() {
        return "state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
