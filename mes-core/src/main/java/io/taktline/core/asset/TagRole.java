package io.taktline.core.asset;

import java.util.Arrays;

/** What a tag's value means to the MES: which domain events and figures it feeds. */
public enum TagRole {
    /** The equipment's state code, mapped to Taktline's equipment states by the class's mapping. */
    STATE,
    /**
     * OPC 40001 MachineryItemState; with the OPERATION_MODE (MachineryOperationMode) it gives the
     * equipment's state the Machinery way, and then the asset's STATE tag, if any, is not used.
     */
    MACHINERY_ITEM_STATE,
    OPERATION_MODE,
    /** Total parts made; cycles are counted from its increments. */
    PART_COUNTER,
    GOOD_COUNTER,
    SCRAP_COUNTER,
    FAULT_CODE,
    CYCLE_TIME,
    ANDON,
    /** An analog process value (temperature, current, torque, ...) kept for trends only. */
    PROCESS_VALUE;

    public static TagRole parse(String text) {
        for (TagRole role : values()) {
            if (role.name().equalsIgnoreCase(text)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown tag role '" + text + "'; use one of " + Arrays.toString(values()));
    }
}
