package io.taktline.web.interfaces.board;

import io.taktline.core.state.EquipmentState;
import java.util.Locale;

/**
 * The colour a station's tile has on the andon board, by what its state asks of the people at the
 * line: green it runs, amber a stop that was planned (or a changeover), red an unplanned stop, blue
 * it waits for the stations around it (starved, blocked or idle), grey nothing is known.
 */
public enum Signal {
    RUNNING,
    PLANNED,
    STOPPED,
    WAITING,
    NO_DATA;

    public static Signal of(EquipmentState state) {
        if (state == null) {
            return NO_DATA;
        }
        return switch (state) {
            case RUNNING -> RUNNING;
            case PLANNED_STOP, CHANGEOVER -> PLANNED;
            case DOWN -> STOPPED;
            case STARVED, BLOCKED, IDLE -> WAITING;
            case OFFLINE -> NO_DATA;
        };
    }

    /** The tile's CSS class. */
    public String cssClass() {
        return "signal-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
