package io.taktline.sim;

import io.taktline.sim.PlantLayout.Equipment;
import io.taktline.sim.PlantLayout.ProcessValue;
import io.taktline.sim.Variable.Behaviour;
import java.util.Random;

/**
 * One simulated piece of equipment: its failure clock (operating seconds to the next fault), its
 * counters and the values it serves. Its station decides when it works; it decides when it fails
 * and what it measures on each part.
 */
final class EquipmentModel {

    static final int STATE = 0;
    static final int ITEM_STATE = 1;
    static final int OPERATION_MODE = 2;
    static final int PART_COUNT = 3;
    static final int GOOD_COUNT = 4;
    static final int SCRAP_COUNT = 5;
    static final int REWORK_COUNT = 6;
    static final int FAULT_CODE = 7;
    static final int CYCLE_TIME = 8;

    /** OPC 40001-1 MachineryItemState state numbers (NotAvailable 0 is never served). */
    static final int OUT_OF_SERVICE = 1;

    static final int NOT_EXECUTING = 2;
    static final int EXECUTING = 3;
    /** OPC 40001-1 MachineryOperationMode state numbers (None 0 and Maintenance 1 are never served). */
    static final int SETUP = 2;

    static final int PROCESSING = 3;
    /** OPC 40010 OperationalModeEnumeration values. */
    static final int MANUAL_REDUCED_SPEED = 1;

    static final int AUTOMATIC = 3;

    private static final int WELDS_BETWEEN_TIP_DRESSES = 200;
    /** Relative standard deviation of a value measured per part. */
    private static final double PER_PART_SCATTER = 0.025;

    private static final long COUNTER_MASK = 0xFFFF_FFFFL;

    private final String path;
    private final Equipment spec;
    private final Random random;
    private final ServedValues values;
    private final double[] setPoints;
    private final int spotWelds;
    private final int tipDresses;
    private final int operationalMode;
    private final int emergencyStop;
    private final int protectiveStop;
    private final int dieNumber;
    private final int testResult;
    private final int weldsPerPart;
    private final int mainIndex;

    private double untilFailure;
    private int weldsSinceTipDress;
    private StationState state = StationState.RUNNING;

    EquipmentModel(String path, Equipment spec, Random random, long counterStart) {
        this.path = path;
        this.spec = spec;
        this.random = random;
        this.values = new ServedValues(spec.variables());
        this.spotWelds = values.indexOf("SpotWeldCount");
        this.tipDresses = values.indexOf("TipDressCount");
        this.operationalMode = values.indexOf("Safety/OperationalMode");
        this.emergencyStop = values.indexOf("Safety/EmergencyStop");
        this.protectiveStop = values.indexOf("Safety/ProtectiveStop");
        this.dieNumber = values.indexOf("DieNumber");
        this.testResult = values.indexOf("TestResult");
        this.weldsPerPart = 20 + random.nextInt(21);
        this.setPoints = new double[values.size()];
        int main = -1;
        for (int i = 0; i < values.size(); i++) {
            Variable variable = values.variables().get(i);
            ProcessValue analog = variable.analog();
            if (analog != null) {
                main = main < 0 ? i : main;
                // Each machine runs a little off its nominal value, as real ones do; measured values
                // scatter around the nominal itself, since the limits are set on it.
                double offset = variable.behaviour() == Behaviour.PER_PART ? 0 : 0.03 * random.nextGaussian();
                setPoints[i] = clamp(analog, analog.nominal() * (1 + offset));
                values.set(i, setPoints[i], 0);
            }
        }
        this.mainIndex = main;
        this.untilFailure = exponential(spec.kind().meanTimeBetweenFailuresS());
        values.set(PART_COUNT, counterStart, 0);
        values.set(GOOD_COUNT, counterStart, 0);
        values.set(ITEM_STATE, EXECUTING, 0);
        values.set(OPERATION_MODE, PROCESSING, 0);
        values.set(STATE, StationState.RUNNING.code(), 0);
        if (operationalMode >= 0) {
            values.set(operationalMode, AUTOMATIC, 0);
        }
        if (dieNumber >= 0) {
            values.set(dieNumber, 1 + random.nextInt(8), 0);
        }
    }

    /** Operating seconds until this equipment fails, counted only while its station processes. */
    double untilFailure() {
        return untilFailure;
    }

    void operate(double seconds) {
        untilFailure -= seconds;
    }

    /** Fails now: picks the fault code it serves and the time its repair takes. */
    double fail(double now) {
        int code = spec.kind().faultCode(random.nextInt(spec.kind().faultCodeCount()));
        values.set(FAULT_CODE, code, now);
        if (operationalMode >= 0) {
            values.set(emergencyStop, code % 1000 == 240 ? 1 : 0, now);
            values.set(protectiveStop, code % 1000 == 101 ? 1 : 0, now);
            values.set(operationalMode, MANUAL_REDUCED_SPEED, now);
        }
        double mean = spec.kind().meanTimeToRepairS();
        // Log-normal repair times with the kind's mean: most repairs short, a few long.
        return Math.max(30, mean * Math.exp(0.7 * random.nextGaussian() - 0.245));
    }

    void repaired(double now) {
        untilFailure = exponential(spec.kind().meanTimeBetweenFailuresS());
        values.set(FAULT_CODE, 0, now);
        if (operationalMode >= 0) {
            values.set(emergencyStop, 0, now);
            values.set(protectiveStop, 0, now);
            values.set(operationalMode, AUTOMATIC, now);
        }
    }

    /** Seconds this part takes longer on this equipment, e.g. for a tip dress due now. */
    double extraWorkForNextPart(double now) {
        if (spotWelds < 0 || weldsSinceTipDress < WELDS_BETWEEN_TIP_DRESSES) {
            return 0;
        }
        weldsSinceTipDress = 0;
        values.set(tipDresses, counter(values.get(tipDresses) + 1), now);
        return 12;
    }

    /** Works the part: measures what it measures and says GOOD, REWORK or SCRAP for its share. */
    String finishPart(double now) {
        String outcome = "GOOD";
        for (int i = 0; i < values.size(); i++) {
            Variable variable = values.variables().get(i);
            if (variable.behaviour() == Behaviour.PER_PART) {
                ProcessValue analog = variable.analog();
                values.set(i, clamp(analog, setPoints[i] * (1 + PER_PART_SCATTER * random.nextGaussian())), now);
            }
        }
        if (spotWelds >= 0) {
            values.set(spotWelds, counter(values.get(spotWelds) + weldsPerPart), now);
            weldsSinceTipDress += weldsPerPart;
        }
        if (testResult >= 0) {
            outcome = endOfLineTest(now);
        } else if (spec.kind() == EquipmentKind.PAINT_BOOTH && outOfSpec("FilmThickness", 0.075)) {
            outcome = "REWORK";
        }
        double draw = random.nextDouble();
        if (outcome.equals("GOOD") && draw < spec.kind().scrapRate()) {
            outcome = "SCRAP";
        } else if (outcome.equals("GOOD")
                && draw < spec.kind().scrapRate() + spec.kind().reworkRate()) {
            outcome = "REWORK";
        }
        return outcome;
    }

    /** Counts a part the station finished, with the station's outcome, and its cycle time. */
    void count(String outcome, double cycleTime, double now) {
        values.set(PART_COUNT, counter(values.get(PART_COUNT) + 1), now);
        int index =
                switch (outcome) {
                    case "GOOD" -> GOOD_COUNT;
                    case "REWORK" -> REWORK_COUNT;
                    default -> SCRAP_COUNT;
                };
        values.set(index, counter(values.get(index) + 1), now);
        values.set(CYCLE_TIME, Math.round(cycleTime * 1000) / 1000.0, now);
    }

    void changeDie(double now) {
        if (dieNumber >= 0) {
            values.set(dieNumber, values.get(dieNumber) % 8 + 1, now);
        }
    }

    /** Takes the state its station is in; the failed equipment is DOWN, the others of its station IDLE. */
    void follow(StationState stationState, boolean failed, double now, TruthRecorder truth, String cause) {
        StationState own = stationState;
        String ownCause = cause;
        if (stationState == StationState.DOWN && !failed) {
            own = StationState.IDLE;
            ownCause = "station-down";
        }
        state = own;
        values.set(STATE, own.code(), now);
        values.set(ITEM_STATE, itemState(own), now);
        // A fault leaves the mode as it was (processing): maintenance mode would mean planned maintenance.
        values.set(OPERATION_MODE, own == StationState.CHANGEOVER ? SETUP : PROCESSING, now);
        if (truth != null) {
            truth.state(path, own, ownCause, failed ? (int) values.get(FAULT_CODE) : 0, failed ? path : null, now);
        }
    }

    /** Moves the continuous analog values over a step of simulated time. */
    void settle(double now, double decay, Random noise) {
        for (int i = CYCLE_TIME + 1; i < values.size(); i++) {
            Variable variable = values.variables().get(i);
            if (variable.behaviour() == null || variable.behaviour() == Behaviour.PER_PART) {
                continue;
            }
            ProcessValue analog = variable.analog();
            double target = variable.behaviour() == Behaviour.WORKING && state != StationState.RUNNING
                    ? analog.min() + (setPoints[i] - analog.min()) * 0.05
                    : setPoints[i];
            double value = values.get(i);
            value += (target - value) * decay;
            value += noise.nextGaussian() * (analog.max() - analog.min()) * 0.002;
            values.set(i, clamp(analog, value), now);
        }
    }

    String path() {
        return path;
    }

    Equipment spec() {
        return spec;
    }

    ServedValues values() {
        return values;
    }

    /** The value its station shows: its first analog value. */
    double mainValue() {
        return values.get(mainIndex);
    }

    private String endOfLineTest(double now) {
        double voltage = values.get(values.indexOf("ModuleVoltage"));
        // Insulation resistance is log-normal: most packs far above the limit, a few near or below it.
        int insulationIndex = values.indexOf("InsulationResistance");
        double insulation = Math.min(2000, setPoints[insulationIndex] * Math.exp(0.25 * random.nextGaussian()));
        values.set(insulationIndex, insulation, now);
        boolean pass = Math.abs(voltage - 48) <= 3 && insulation >= 500;
        values.set(testResult, pass ? 1 : 2, now);
        return pass ? "GOOD" : "SCRAP";
    }

    private boolean outOfSpec(String name, double tolerance) {
        int index = values.indexOf(name);
        return Math.abs(values.get(index)
                                / values.variables().get(index).analog().nominal()
                        - 1)
                > tolerance;
    }

    private static int itemState(StationState state) {
        return switch (state) {
            case RUNNING -> EXECUTING;
            case DOWN -> OUT_OF_SERVICE;
            default -> NOT_EXECUTING;
        };
    }

    private static double counter(double value) {
        return (long) value & COUNTER_MASK;
    }

    private static double clamp(ProcessValue analog, double value) {
        return Math.max(analog.min(), Math.min(analog.max(), value));
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
