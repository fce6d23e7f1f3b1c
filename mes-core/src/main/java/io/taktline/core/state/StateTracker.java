package io.taktline.core.state;

import java.time.Instant;
import java.util.Optional;

/**
 * Follows one asset's state from the values of its STATE tag: decodes them with the asset class's
 * mapping, reads bad data as OFFLINE, and reports a change only when the state really changes,
 * which is all that is stored.
 */
public final class StateTracker {

    private final StateMapping mapping;
    private EquipmentState current;
    private Instant since;

    public StateTracker(StateMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * Takes a value of the STATE tag; returns the interval that ended when the state changed (empty
     * for the first value and for values that keep the state). Values older than the current
     * state's start are ignored: they arrived late and their time is already accounted for.
     */
    public Optional<StateInterval> value(double raw, boolean goodQuality, Instant at) {
        return enter(goodQuality ? mapping.stateOf(raw) : EquipmentState.OFFLINE, at);
    }

    /** The connector lost the PLC: the asset is OFFLINE from {@code at}. */
    public Optional<StateInterval> connectionLost(Instant at) {
        return enter(EquipmentState.OFFLINE, at);
    }

    private Optional<StateInterval> enter(EquipmentState state, Instant at) {
        if (current == null) {
            current = state;
            since = at;
            return Optional.empty();
        }
        if (state == current || at.isBefore(since)) {
            return Optional.empty();
        }
        StateInterval ended = new StateInterval(current, since, at);
        current = state;
        since = at;
        return Optional.of(ended);
    }

    public Optional<EquipmentState> current() {
        return Optional.ofNullable(current);
    }

    public Optional<Instant> since() {
        return Optional.ofNullable(since);
    }
}
