package io.taktline.sim;

import static io.taktline.sim.Variable.DataType.BOOLEAN;
import static io.taktline.sim.Variable.DataType.INT32;
import static io.taktline.sim.Variable.DataType.UINT32;

import io.taktline.connect.NodeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The shops, lines, stations and equipment the simulator serves, and the node ids it serves them
 * under: {@code Plant/<shop>/<line>/<station>/<variable>} for a station and
 * {@code Plant/<shop>/<line>/<station>/<equipment>/<variable>} for its equipment.
 */
public record PlantLayout(List<Shop> shops) {

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

    /** A line: parts flow through its stations in order; the first has endless supply, the last an endless sink. */
    public record Line(String code, String name, List<Station> stations) {
        public Line {
            stations = List.copyOf(stations);
        }
    }

    /**
     * A station of a line.
     *
     * @param cycleSeconds nominal simulated seconds to process one part
     * @param bufferAfter places between this station and the next one; a full buffer blocks it
     * @param equipment what works on the part; the first one's main analog value is the station's
     */
    public record Station(String code, String name, double cycleSeconds, int bufferAfter, List<Equipment> equipment) {
        public Station {
            equipment = List.copyOf(equipment);
            if (equipment.isEmpty()) {
                throw new IllegalArgumentException("station " + code + " has no equipment; give it at least one");
            }
            if (bufferAfter < 1) {
                throw new IllegalArgumentException(
                        "station " + code + " has buffer " + bufferAfter + "; give 1 or more");
            }
        }

        /** The station's analog value, the main value of its first piece of equipment. */
        public ProcessValue processValue() {
            return equipment.get(0).kind().mainValue();
        }

        /** The variables served for the station itself, before those of its equipment. */
        public List<Variable> variables() {
            return List.of(
                    Variable.discrete(STATE, INT32, "STATE"),
                    Variable.discrete(PART_COUNT, UINT32, "PART_COUNTER"),
                    Variable.steady(processValue()),
                    // Toggles at every completed cycle, as PLCs hand over a cycle-complete bit.
                    Variable.discrete("CycleComplete", BOOLEAN, null),
                    Variable.discrete("Andon", BOOLEAN, "ANDON"),
                    // Parts the station finished first time right, and parts it scrapped; the rest went to rework.
                    Variable.discrete("GoodCount", UINT32, "GOOD_COUNTER"),
                    Variable.discrete("ScrapCount", UINT32, "SCRAP_COUNTER"));
        }

        boolean has(EquipmentKind kind) {
            return equipment.stream().anyMatch(e -> e.kind() == kind);
        }
    }

    /**
     * @param conditionMonitoring whether it also serves motor current, temperatures and vibration
     */
    public record Equipment(String code, String name, EquipmentKind kind, boolean conditionMonitoring) {

        public List<Variable> variables() {
            return kind.variables(conditionMonitoring);
        }
    }

    public record ProcessValue(String name, String unit, double nominal, double min, double max) {}

    /** The five-shop demo plant, about fifty pieces of equipment; the MES's demo asset model binds it. */
    public static PlantLayout demo() {
        return DemoPlant.layout(1, false);
    }

    /**
     * A load plant: copies of the demo plant's lines, every piece of equipment with condition
     * monitoring of four drives, until at least {@code minChanging} of its variables change every
     * second (see {@link #continuousVariableCount()}); it serves more variables than that in all.
     */
    public static PlantLayout load(int minChanging) {
        int perCopy = DemoPlant.layout(1, true).continuousVariableCount();
        int copies = Math.max(1, (minChanging + perCopy - 1) / perCopy);
        return DemoPlant.layout(copies, true);
    }

    /** The station-level State, PartCount and process value of every station: what the plant board binds. */
    public List<NodeRef> allNodes() {
        List<NodeRef> nodes = new ArrayList<>();
        forEachStation((path, station) -> {
            nodes.add(node(path, STATE));
            nodes.add(node(path, PART_COUNT));
            nodes.add(node(path, station.processValue().name()));
        });
        return List.copyOf(nodes);
    }

    /** Every variable node served, stations and equipment. */
    public List<NodeRef> allVariableNodes() {
        List<NodeRef> nodes = new ArrayList<>();
        forEachStation((path, station) -> {
            station.variables().forEach(v -> nodes.add(node(path, v.relativePath())));
            for (Equipment equipment : station.equipment()) {
                String equipmentPath = path + "/" + equipment.code();
                equipment.variables().forEach(v -> nodes.add(node(equipmentPath, v.relativePath())));
            }
        });
        return List.copyOf(nodes);
    }

    public int stationCount() {
        int[] count = {0};
        forEachStation((path, station) -> count[0]++);
        return count[0];
    }

    public int equipmentCount() {
        int[] count = {0};
        forEachStation((path, station) -> count[0] += station.equipment().size());
        return count[0];
    }

    /** How many variable nodes the simulator serves for this layout. */
    public int variableCount() {
        int[] count = {0};
        forEachStation((path, station) -> {
            count[0] += station.variables().size();
            station.equipment().forEach(e -> count[0] += e.variables().size());
        });
        return count[0];
    }

    /**
     * How many variables move continuously, so change at every update: analog values that are not
     * measured per part, and each station's value when it mirrors one of those.
     */
    public int continuousVariableCount() {
        int[] count = {0};
        forEachStation((path, station) -> {
            for (Equipment e : station.equipment()) {
                for (Variable v : e.variables()) {
                    if (v.isAnalog() && v.behaviour() != Variable.Behaviour.PER_PART) {
                        count[0]++;
                    }
                }
            }
            Variable main = station.equipment().get(0).variables().stream()
                    .filter(Variable::isAnalog)
                    .findFirst()
                    .orElseThrow();
            count[0] += main.behaviour() == Variable.Behaviour.PER_PART ? 0 : 1;
        });
        return count[0];
    }

    interface StationVisitor {
        void visit(String path, Station station);
    }

    void forEachStation(StationVisitor visitor) {
        for (Shop shop : shops) {
            for (Line line : shop.lines()) {
                for (Station station : line.stations()) {
                    visitor.visit(stationPath(shop, line, station), station);
                }
            }
        }
    }

    /** The browse path and string node id of a station, e.g. {@code Plant/STAMPING/PL1/PRESS1}. */
    static String stationPath(Shop shop, Line line, Station station) {
        return "Plant/" + shop.code() + "/" + line.code() + "/" + station.code();
    }

    static NodeRef node(String path, String variable) {
        return new NodeRef(PlantSimulator.NAMESPACE_URI, "s=" + path + "/" + variable);
    }
}
