package io.taktline.sim;

import static io.taktline.sim.Variable.DataType.BOOLEAN;
import static io.taktline.sim.Variable.DataType.DOUBLE;
import static io.taktline.sim.Variable.DataType.INT32;
import static io.taktline.sim.Variable.DataType.UINT32;
import static io.taktline.sim.Variable.discrete;
import static io.taktline.sim.Variable.measured;
import static io.taktline.sim.Variable.steady;
import static io.taktline.sim.Variable.working;

import io.taktline.sim.PlantLayout.ProcessValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of equipment in the plant: what each serves, how often it fails and how long it takes to
 * repair, how often it spoils a part. Times are simulated seconds.
 */
public enum EquipmentKind {
    PRESS(
            4 * 3600,
            12 * 60,
            0.003,
            0,
            new int[] {2101, 2102, 2205, 2310},
            List.of(
                    working(new ProcessValue("Tonnage", "t", 1000, 0, 1600)),
                    working(new ProcessValue("StrokeRate", "1/min", 12, 0, 20))),
            List.of(discrete("DieNumber", INT32, null))),
    WELD_ROBOT(
            7 * 3600,
            5 * 60,
            0.001,
            0.01,
            new int[] {1010, 1020, 1034, 1101, 1240},
            List.of(
                    measured(new ProcessValue("WeldCurrent", "kA", 10, 0, 15)),
                    measured(new ProcessValue("WeldVoltage", "V", 8, 0, 15))),
            List.of(
                    discrete("SpotWeldCount", UINT32, null),
                    discrete("TipDressCount", UINT32, null),
                    // In the spirit of OPC 40010 (Robotics) SafetyStateType.
                    discrete("OperationalMode", INT32, null).in("Safety"),
                    discrete("EmergencyStop", BOOLEAN, null).in("Safety"),
                    discrete("ProtectiveStop", BOOLEAN, null).in("Safety"))),
    DIP_TANK(
            14 * 3600,
            15 * 60,
            0,
            0.004,
            new int[] {3101, 3102, 3150},
            List.of(
                    steady(new ProcessValue("Temperature", "°C", 55, 0, 80)),
                    steady(new ProcessValue("Conductivity", "µS/cm", 1500, 0, 3000))),
            List.of()),
    PAINT_BOOTH(
            10 * 3600,
            10 * 60,
            0.004,
            0.02,
            new int[] {3201, 3202, 3230, 3240},
            List.of(
                    steady(new ProcessValue("Temperature", "°C", 23, 0, 40)),
                    steady(new ProcessValue("Humidity", "%", 65, 0, 100)),
                    steady(new ProcessValue("AirVelocity", "m/s", 0.4, 0, 1)),
                    measured(new ProcessValue("FilmThickness", "µm", 45, 0, 120))),
            List.of()),
    OVEN(
            24 * 3600,
            20 * 60,
            0.001,
            0.005,
            new int[] {3301, 3310},
            List.of(
                    steady(new ProcessValue("Temperature", "°C", 160, 0, 220)),
                    steady(new ProcessValue("ExhaustTemperature", "°C", 120, 0, 200))),
            List.of()),
    NUTRUNNER(
            9 * 3600,
            4 * 60,
            0,
            0.008,
            new int[] {4101, 4102, 4120},
            List.of(
                    measured(new ProcessValue("Torque", "N·m", 120, 0, 300)),
                    measured(new ProcessValue("Angle", "°", 720, 0, 1440))),
            List.of()),
    CELL_STACKER(
            8 * 3600,
            8 * 60,
            0.003,
            0,
            new int[] {5101, 5130},
            List.of(
                    steady(new ProcessValue("ModuleVoltage", "V", 48, 0, 60)),
                    working(new ProcessValue("StackForce", "kN", 20, 0, 50))),
            List.of()),
    LASER_WELDER(
            6 * 3600,
            10 * 60,
            0.004,
            0.01,
            new int[] {5201, 5202, 5260},
            List.of(
                    measured(new ProcessValue("ModuleVoltage", "V", 48, 0, 60)),
                    working(new ProcessValue("LaserPower", "kW", 4, 0, 6)),
                    working(new ProcessValue("ShieldGasFlow", "l/min", 20, 0, 40))),
            List.of()),
    EOL_TESTER(
            16 * 3600,
            10 * 60,
            0,
            0,
            new int[] {5301, 5310},
            List.of(
                    measured(new ProcessValue("ModuleVoltage", "V", 48, 0, 60)),
                    measured(new ProcessValue("InsulationResistance", "MΩ", 800, 0, 2000))),
            List.of(discrete("TestResult", INT32, null)));

    /** Variables every piece of equipment serves, in this order, before those of its kind. */
    static final List<Variable> COMMON = List.of(
            discrete("State", INT32, "STATE"),
            discrete("MachineryItemState", INT32, null),
            discrete("MachineryOperationMode", INT32, "OPERATION_MODE"),
            discrete("PartCount", UINT32, "PART_COUNTER"),
            discrete("GoodCount", UINT32, "GOOD_COUNTER"),
            discrete("ScrapCount", UINT32, "SCRAP_COUNTER"),
            discrete("ReworkCount", UINT32, null),
            discrete("FaultCode", INT32, "FAULT_CODE"),
            new Variable("CycleTime", DOUBLE, "CYCLE_TIME", null, null, null));

    /**
     * Condition-monitoring channels of four drives, added to every piece of equipment of a load plant:
     * current, winding and bearing temperature and vibration, all moving every second.
     */
    static final List<Variable> CONDITION_MONITORING = conditionMonitoring(4);

    private final double meanTimeBetweenFailuresS;
    private final double meanTimeToRepairS;
    private final double scrapRate;
    private final double reworkRate;
    private final int[] faultCodes;
    private final List<Variable> analogs;
    private final List<Variable> extras;

    EquipmentKind(
            double meanTimeBetweenFailuresS,
            double meanTimeToRepairS,
            double scrapRate,
            double reworkRate,
            int[] faultCodes,
            List<Variable> analogs,
            List<Variable> extras) {
        this.meanTimeBetweenFailuresS = meanTimeBetweenFailuresS;
        this.meanTimeToRepairS = meanTimeToRepairS;
        this.scrapRate = scrapRate;
        this.reworkRate = reworkRate;
        this.faultCodes = faultCodes;
        this.analogs = analogs;
        this.extras = extras;
    }

    private static List<Variable> conditionMonitoring(int drives) {
        List<Variable> channels = new ArrayList<>();
        for (int d = 1; d <= drives; d++) {
            String drive = "Drive" + d;
            channels.add(
                    working(new ProcessValue("MotorCurrent", "A", 40, 0, 100)).in(drive));
            channels.add(working(new ProcessValue("MotorTemperature", "°C", 55, 0, 120))
                    .in(drive));
            channels.add(
                    working(new ProcessValue("Vibration", "mm/s", 2.5, 0, 20)).in(drive));
            channels.add(working(new ProcessValue("BearingTemperature", "°C", 45, 0, 120))
                    .in(drive));
        }
        return List.copyOf(channels);
    }

    /** Every variable of this kind: the common ones, the kind's own, then its analog values. */
    List<Variable> variables(boolean conditionMonitoring) {
        List<Variable> all = new ArrayList<>(COMMON);
        all.addAll(extras);
        all.addAll(analogs);
        if (conditionMonitoring) {
            all.addAll(CONDITION_MONITORING);
        }
        return List.copyOf(all);
    }

    /** The kind's main analog value: the one its station shows. */
    ProcessValue mainValue() {
        return analogs.get(0).analog();
    }

    double meanTimeBetweenFailuresS() {
        return meanTimeBetweenFailuresS;
    }

    double meanTimeToRepairS() {
        return meanTimeToRepairS;
    }

    double scrapRate() {
        return scrapRate;
    }

    double reworkRate() {
        return reworkRate;
    }

    int faultCode(int index) {
        return faultCodes[index % faultCodes.length];
    }

    int faultCodeCount() {
        return faultCodes.length;
    }

    /** Every fault code this kind serves on its FaultCode variable when it fails (0 means no fault). */
    public List<Integer> faultCodes() {
        return Arrays.stream(faultCodes).boxed().toList();
    }
}
