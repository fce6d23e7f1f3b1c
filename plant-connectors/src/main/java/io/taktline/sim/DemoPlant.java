package io.taktline.sim;

import io.taktline.sim.PlantLayout.Equipment;
import io.taktline.sim.PlantLayout.Line;
import io.taktline.sim.PlantLayout.Shop;
import io.taktline.sim.PlantLayout.Station;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Builds the five-shop plant: one copy of each line for the demo, many for a load plant. */
final class DemoPlant {

    /** Strokes per minute of a tandem press line: 12 spm, one stroke every 5 s. */
    static final double PRESS_STROKE_SECONDS = 5;

    static final double BODY_CYCLE_SECONDS = 55;
    static final double PAINT_CYCLE_SECONDS = 60;
    /** Work content of a final assembly station, a little under the line's 60 s takt. */
    static final double ASSEMBLY_CYCLE_SECONDS = 57;

    static final double BATTERY_CYCLE_SECONDS = 40;

    private final boolean conditionMonitoring;

    private DemoPlant(boolean conditionMonitoring) {
        this.conditionMonitoring = conditionMonitoring;
    }

    static PlantLayout layout(int copies, boolean conditionMonitoring) {
        DemoPlant plant = new DemoPlant(conditionMonitoring);
        return new PlantLayout(List.of(
                new Shop("STAMPING", "Stamping", copies(copies, plant::pressLine)),
                new Shop("BODY", "Body shop", copies(copies, plant::underbodyLine)),
                new Shop("PAINT", "Paint shop", copies(copies, plant::paintLine)),
                new Shop("ASSEMBLY", "Final assembly", copies(copies, plant::assemblyLine)),
                new Shop("BATTERY", "Battery", copies(copies, plant::moduleLine))));
    }

    private static List<Line> copies(int copies, IntFunction<Line> line) {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= copies; i++) {
            lines.add(line.apply(i));
        }
        return lines;
    }

    /** A tandem line of five presses, one part handed from press to press. */
    private Line pressLine(int number) {
        List<Station> presses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            presses.add(new Station(
                    "PRESS" + i,
                    "Press " + i,
                    PRESS_STROKE_SECONDS,
                    1,
                    List.of(equipment("PRESS", "Press", EquipmentKind.PRESS))));
        }
        return new Line("PL" + number, "Tandem press line " + number, presses);
    }

    /** Underbody welding: four stations of three spot-welding robots each. */
    private Line underbodyLine(int number) {
        List<Station> stations = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String code = String.format("UB%03d", i * 10);
            List<Equipment> robots = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                robots.add(equipment("R" + r, "Welding robot " + r, EquipmentKind.WELD_ROBOT));
            }
            stations.add(new Station(code, "Underbody " + code.substring(2), BODY_CYCLE_SECONDS, 2, robots));
        }
        return new Line("UB" + number, "Underbody line " + number, stations);
    }

    private Line paintLine(int number) {
        return new Line(
                "TC" + number,
                "Paint line " + number,
                List.of(
                        paintStation("PRETREAT", "Pretreatment", "TANK", "Phosphate tank", EquipmentKind.DIP_TANK),
                        paintStation("ECOAT", "E-coat", "TANK", "E-coat tank", EquipmentKind.DIP_TANK),
                        paintStation("PRIMER", "Primer booth", "BOOTH", "Primer booth", EquipmentKind.PAINT_BOOTH),
                        paintStation(
                                "BASECOAT", "Basecoat booth", "BOOTH", "Basecoat booth", EquipmentKind.PAINT_BOOTH),
                        paintStation(
                                "CLEARCOAT", "Clearcoat booth", "BOOTH", "Clearcoat booth", EquipmentKind.PAINT_BOOTH),
                        paintStation("OVEN", "Topcoat oven", "OVEN", "Topcoat oven", EquipmentKind.OVEN)));
    }

    private Station paintStation(
            String code, String name, String equipmentCode, String equipmentName, EquipmentKind kind) {
        return new Station(code, name, PAINT_CYCLE_SECONDS, 3, List.of(equipment(equipmentCode, equipmentName, kind)));
    }

    /** A moving line of thirty stations in three segments (trim, chassis, final) with buffers between them. */
    private Line assemblyLine(int number) {
        List<Station> stations = new ArrayList<>();
        String[][] segments = {{"T", "Trim"}, {"C", "Chassis"}, {"F", "Final"}};
        for (String[] segment : segments) {
            for (int i = 1; i <= 10; i++) {
                String code = segment[0] + String.format("%03d", i * 10);
                int buffer = i == 10 ? 6 : 1;
                stations.add(new Station(
                        code,
                        segment[1] + " " + code.substring(1),
                        ASSEMBLY_CYCLE_SECONDS,
                        buffer,
                        List.of(equipment("TOOL", "Nutrunner", EquipmentKind.NUTRUNNER))));
            }
        }
        return new Line("TR" + number, "Final assembly line " + number, stations);
    }

    /** Battery modules: cells stacked, tabs laser-welded, every module tested at the end of the line. */
    private Line moduleLine(int number) {
        return new Line(
                "BM" + number,
                "Battery module line " + number,
                List.of(
                        new Station(
                                "STACK",
                                "Cell stacking",
                                BATTERY_CYCLE_SECONDS,
                                2,
                                List.of(equipment("STACKER", "Cell stacker", EquipmentKind.CELL_STACKER))),
                        new Station(
                                "LWELD",
                                "Laser welding",
                                BATTERY_CYCLE_SECONDS,
                                2,
                                List.of(equipment("LASER", "Laser welder", EquipmentKind.LASER_WELDER))),
                        new Station(
                                "EOL",
                                "End-of-line test",
                                BATTERY_CYCLE_SECONDS,
                                2,
                                List.of(equipment("TESTER", "End-of-line tester", EquipmentKind.EOL_TESTER)))));
    }

    private Equipment equipment(String code, String name, EquipmentKind kind) {
        return new Equipment(code, name, kind, conditionMonitoring);
    }
}
