package io.taktline.sim;

import io.taktline.connect.NodeRef;
import java.util.ArrayList;
import java.util.List;

/** The shops, lines and stations the simulator serves, and the node ids it serves them under. */
public record PlantLayout(List<Shop> shops) {

    /** Names of the two variables every station has besides its process value. */
    static final String STATE = "State";

    static final String PART_COUNT = "PartCount";

    public PlantLayout {
        shops = List.copyOf(shops);
    }

    public record Shop(String code, String name, List<Line> lines) {
        public Shop {
            lines = List.copyOf(lines);
        }
    }

    public record Line(String code, String name, List<Station> stations) {
        public Line {
            stations = List.copyOf(stations);
        }
    }

    public record Station(String code, String name, ProcessValue processValue) {}

    public record ProcessValue(String name, String unit, double nominal, double min, double max) {}

    /** The five-shop demo plant; the MES's demo asset model binds exactly these node ids. */
    public static PlantLayout demo() {
        ProcessValue tonnage = new ProcessValue("Tonnage", "t", 1000, 0, 1600);
        ProcessValue weldCurrent = new ProcessValue("WeldCurrent", "kA", 10, 0, 15);
        ProcessValue torque = new ProcessValue("Torque", "N·m", 120, 0, 300);
        ProcessValue moduleVoltage = new ProcessValue("ModuleVoltage", "V", 48, 0, 60);
        return new PlantLayout(List.of(
                new Shop(
                        "STAMPING",
                        "Stamping",
                        List.of(new Line(
                                "PL1",
                                "Press line 1",
                                List.of(
                                        new Station("PRESS1", "Press 1", tonnage),
                                        new Station("PRESS2", "Press 2", tonnage),
                                        new Station("PRESS3", "Press 3", tonnage),
                                        new Station("PRESS4", "Press 4", tonnage))))),
                new Shop(
                        "BODY",
                        "Body shop",
                        List.of(new Line(
                                "UB1",
                                "Underbody line 1",
                                List.of(
                                        new Station("UB010", "Underbody 010", weldCurrent),
                                        new Station("UB020", "Underbody 020", weldCurrent),
                                        new Station("UB030", "Underbody 030", weldCurrent))))),
                new Shop(
                        "PAINT",
                        "Paint shop",
                        List.of(new Line(
                                "TC1",
                                "Topcoat line 1",
                                List.of(
                                        new Station("PRETREAT", "Pretreatment", temperature(55, 80)),
                                        new Station("ECOAT", "E-coat", temperature(32, 50)),
                                        new Station("BASECOAT", "Basecoat booth", temperature(23, 40)),
                                        new Station("CLEARCOAT", "Clearcoat booth", temperature(23, 40)),
                                        new Station("OVEN", "Topcoat oven", temperature(140, 200)))))),
                new Shop(
                        "ASSEMBLY",
                        "Final assembly",
                        List.of(new Line(
                                "TR1",
                                "Trim line 1",
                                List.of(
                                        new Station("T010", "Trim 010", torque),
                                        new Station("T020", "Trim 020", torque),
                                        new Station("T030", "Trim 030", torque),
                                        new Station("T040", "Trim 040", torque))))),
                new Shop(
                        "BATTERY",
                        "Battery",
                        List.of(new Line(
                                "BM1",
                                "Module line 1",
                                List.of(
                                        new Station("STACK", "Cell stacking", moduleVoltage),
                                        new Station("LWELD", "Laser welding", moduleVoltage),
                                        new Station("EOL", "End-of-line test", moduleVoltage)))))));
    }

    /** Every variable node served for stations: State, PartCount and the process value of each. */
    public List<NodeRef> allNodes() {
        List<NodeRef> nodes = new ArrayList<>();
        for (Shop shop : shops) {
            for (Line line : shop.lines()) {
                for (Station station : line.stations()) {
                    String path = stationPath(shop, line, station);
                    nodes.add(node(path, STATE));
                    nodes.add(node(path, PART_COUNT));
                    nodes.add(node(path, station.processValue().name()));
                }
            }
        }
        return List.copyOf(nodes);
    }

    /** The browse path and string node id of a station, e.g. {@code Plant/STAMPING/PL1/PRESS1}. */
    static String stationPath(Shop shop, Line line, Station station) {
        return "Plant/" + shop.code() + "/" + line.code() + "/" + station.code();
    }

    static NodeRef node(String stationPath, String variable) {
        return new NodeRef(PlantSimulator.NAMESPACE_URI, "s=" + stationPath + "/" + variable);
    }

    private static ProcessValue temperature(double nominal, double max) {
        return new ProcessValue("Temperature", "°C", nominal, 0, max);
    }
}
