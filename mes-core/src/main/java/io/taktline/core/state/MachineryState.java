package io.taktline.core.state;

/**
 * The state of equipment that speaks OPC 40001 Machinery: its MachineryItemState and its
 * MachineryOperationMode, mapped to one {@link EquipmentState} the way the companion specification
 * reads them.
 */
public final class MachineryState {

    /** MachineryItemState values (OPC 40001-1, MachineryItemState_StateMachineType). */
    public enum ItemState {
        NOT_AVAILABLE,
        OUT_OF_SERVICE,
        NOT_EXECUTING,
        EXECUTING
    }

    /** MachineryOperationMode values (OPC 40001-1, MachineryOperationModeStateMachineType). */
    public enum OperationMode {
        NONE,
        MAINTENANCE,
        SETUP,
        PROCESSING
    }

    private MachineryState() {}

    /**
     * Executing while processing is running; executing or idle in setup is a changeover; out of
     * service in maintenance is planned, otherwise a fault; not executing while processing is
     * waiting (idle); not available is offline.
     */
    public static EquipmentState of(ItemState item, OperationMode mode) {
        return switch (item) {
            case NOT_AVAILABLE -> EquipmentState.OFFLINE;
            case OUT_OF_SERVICE ->
                mode == OperationMode.MAINTENANCE ? EquipmentState.PLANNED_STOP : EquipmentState.DOWN;
            case EXECUTING -> mode == OperationMode.SETUP ? EquipmentState.CHANGEOVER : EquipmentState.RUNNING;
            case NOT_EXECUTING ->
                switch (mode) {
                    case SETUP -> EquipmentState.CHANGEOVER;
                    case MAINTENANCE -> EquipmentState.PLANNED_STOP;
                    case NONE, PROCESSING -> EquipmentState.IDLE;
                };
        };
    }
}
