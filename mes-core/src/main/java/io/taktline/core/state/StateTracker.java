package io.taktline.core.state;

import java.time.Instant;
import java.util.Optional;

/**
 * Follows one asset's state from the values of its STATE tag, decoded with the asset class's
 * mapping, or, for equipment that speaks OPC 40001 Machinery, from its MachineryItemState and
 * MachineryOperationMode ({@link MachineryState#of}); reads bad data as OFFLINE, and reports a
 * change only when the state really changes, which is all that is stored.
 */
public final class StateTracker {

    private final StateMapping mapping;
    private EquipmentState current;
    private Instant since;
    private MachineryState.ItemState itemState;
    private MachineryState.OperationMode operationMode = MachineryState.OperationMode.NONE;

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

    /**
     * Takes a MachineryItemState value (0 NotAvailable, 1 OutOfService, 2 NotExecuting, 3 Executing);
     * the state is read together with the last operation mode. A value outside these is OFFLINE.
     */
    public Optional<StateInterval> itemState(double raw, boolean goodQuality, Instant at) {
        MachineryState.ItemState[] states = MachineryState.ItemState.values();
        boolean known = goodQuality && raw == Math.rint(raw) && raw >= 0 && raw < states.length;
        itemState = known ? states[(int) raw] : null;
        return enter(machineryState(), at);
    }

    /**
     * Takes a MachineryOperationMode value (0 None, 1 Maintenance, 2 Setup, 3 Processing); an unknown
     * or bad one reads as None. Changes the state only once an item state has been read.
     */
    public Optional<StateInterval> operationMode(double raw, boolean goodQuality, Instant at) {
        MachineryState.OperationMode[] modes = MachineryState.OperationMode.values();
        boolean known = goodQuality && raw == Math.rint(raw) && raw >= 0 && raw < modes.length;
        operationMode = known ? modes[(int) raw] : MachineryState.OperationMode.NONE;
        return current == null ? Optional.empty() : enter(machineryState(), at);
    }

    private EquipmentState machineryState() {
        return itemState == null ? EquipmentState.OFFLINE : MachineryState.of(itemState, operationMode);
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
