package io.taktline.sim;

import io.taktline.sim.PlantLayout.ProcessValue;

/**
 * One variable the simulator serves for a station or a piece of equipment.
 *
 * @param name the browse name, also the last part of the node id
 * @param dataType the OPC UA built-in type it is served as
 * @param role the Taktline tag role the demo asset model binds it with, or null when it binds none
 * @param analog range and unit when it is an analog value (served as AnalogItemType), else null
 * @param behaviour how an analog value moves; null for a discrete one
 * @param folder a sub-folder of the equipment it sits in (e.g. {@code Safety}), or null
 */
public record Variable(
        String name, DataType dataType, String role, ProcessValue analog, Behaviour behaviour, String folder) {

    /** The OPC UA built-in types the simulator serves. */
    public enum DataType {
        INT32("Int32"),
        UINT32("UInt32"),
        DOUBLE("Double"),
        BOOLEAN("Boolean");

        private final String opcUaName;

        DataType(String opcUaName) {
            this.opcUaName = opcUaName;
        }

        /** The type's name in OPC UA and in the asset model's {@code dataType}. */
        public String opcUaName() {
            return opcUaName;
        }
    }

    /** How an analog value moves. */
    public enum Behaviour {
        /** Held near its set point whatever the equipment does (bath and oven temperatures). */
        STEADY,
        /** Near nominal while the equipment works, falls back while it stands (press tonnage, motor current). */
        WORKING,
        /** Measured once per part and held until the next (weld current, torque, film thickness). */
        PER_PART
    }

    static Variable discrete(String name, DataType dataType, String role) {
        return new Variable(name, dataType, role, null, null, null);
    }

    static Variable steady(ProcessValue analog) {
        return analog(analog, Behaviour.STEADY);
    }

    static Variable working(ProcessValue analog) {
        return analog(analog, Behaviour.WORKING);
    }

    static Variable measured(ProcessValue analog) {
        return analog(analog, Behaviour.PER_PART);
    }

    private static Variable analog(ProcessValue analog, Behaviour behaviour) {
        return new Variable(analog.name(), DataType.DOUBLE, "PROCESS_VALUE", analog, behaviour, null);
    }

    Variable in(String subFolder) {
        return new Variable(name, dataType, role, analog, behaviour, subFolder);
    }

    /** The path below its station or equipment, e.g. {@code Safety/EmergencyStop}. */
    String relativePath() {
        return folder == null ? name : folder + "/" + name;
    }

    boolean isAnalog() {
        return analog != null;
    }
}
