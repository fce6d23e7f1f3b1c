package io.taktline.sim;

import io.taktline.sim.PlantLayout.Equipment;
import io.taktline.sim.PlantLayout.Line;
import io.taktline.sim.PlantLayout.Shop;
import io.taktline.sim.PlantLayout.Station;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the MES asset model (schema {@code taktline-asset-model/1}) that binds a plant layout: shops
 * as AREAs, lines, stations as WORK_CELLs with State, PartCount, process value (and Andon where
 * operators pull one), equipment as EQUIPMENT with state, mode, counters, fault code, cycle time and
 * analog values. The demo asset model in mes-core is this file for {@link PlantLayout#demo()}.
 *
 * <pre>java -cp ... io.taktline.sim.DemoAssetModel [out.json] [opc.tcp://host:port]</pre>
 */
public final class DemoAssetModel {

    /** The ideal cycle time of a station as a share of its nominal (average undisturbed) cycle time. */
    static final double IDEAL_SHARE_OF_NOMINAL = 0.95;

    /** The equipment class of every simulated station. */
    static final String STATION_CLASS = "SIM_STATION";

    static final String DEFAULT_TARGET = "mes-core/src/main/resources/io/taktline/core/asset/demo-plant.json";

    private final StringBuilder out = new StringBuilder();

    private DemoAssetModel() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : DEFAULT_TARGET);
        String url = args.length > 1 ? args[1] : "opc.tcp://localhost:4840";
        Files.writeString(target, json(PlantLayout.demo(), url), StandardCharsets.UTF_8);
        System.out.println("asset model written to " + target);
    }

    /** The asset model binding every station and piece of equipment of the layout at an endpoint. */
    public static String json(PlantLayout layout, String endpointUrl) {
        DemoAssetModel model = new DemoAssetModel();
        model.write(layout, endpointUrl);
        return model.out.toString();
    }

    private void write(PlantLayout layout, String endpointUrl) {
        line(0, "{");
        line(1, "\"schema\": \"taktline-asset-model/1\",");
        equipmentClasses();
        line(1, "\"endpoints\": [");
        line(2, "{");
        line(3, "\"name\": \"simulator\",");
        line(3, "\"url\": " + quote(endpointUrl));
        line(2, "}");
        line(1, "],");
        line(1, "\"assets\": [");
        open(2, "ENTERPRISE", "TAKTLINE", "Taktline Motors", null, 0);
        line(3, "\"children\": [");
        open(4, "SITE", "PLANT1", "Plant 1", "Demo car plant: the five shops of the Taktline plant simulator", 0);
        line(5, "\"children\": [");
        for (int s = 0; s < layout.shops().size(); s++) {
            Shop shop = layout.shops().get(s);
            open(6, "AREA", shop.code(), shop.name(), null, s + 1);
            line(7, "\"children\": [");
            for (int l = 0; l < shop.lines().size(); l++) {
                Line line = shop.lines().get(l);
                open(8, "LINE", line.code(), line.name(), null, l + 1);
                line(9, "\"children\": [");
                for (int t = 0; t < line.stations().size(); t++) {
                    station(
                            10,
                            shop,
                            line,
                            line.stations().get(t),
                            t + 1,
                            t == line.stations().size() - 1);
                }
                line(9, "]");
                line(8, l == shop.lines().size() - 1 ? "}" : "},");
            }
            line(7, "]");
            line(6, s == layout.shops().size() - 1 ? "}" : "},");
        }
        line(5, "]");
        line(4, "}");
        line(3, "]");
        line(2, "}");
        line(1, "]");
        line(0, "}");
    }

    private void station(int depth, Shop shop, Line line, Station station, int order, boolean last) {
        String path = PlantLayout.stationPath(shop, line, station);
        open(depth, "WORK_CELL", station.code(), station.name(), null, order);
        line(depth + 1, "\"class\": " + quote(STATION_CLASS) + ",");
        idealCycleTime(depth + 1, station);
        List<Variable> bound = station.variables().stream()
                .filter(v -> v.role() != null)
                .filter(v -> !v.role().equals("ANDON") || station.has(EquipmentKind.NUTRUNNER))
                .toList();
        tags(depth + 1, path, bound, true);
        line(depth + 1, "\"children\": [");
        for (int e = 0; e < station.equipment().size(); e++) {
            Equipment equipment = station.equipment().get(e);
            open(depth + 2, "EQUIPMENT", equipment.code(), equipment.name(), null, e + 1);
            line(depth + 3, "\"class\": " + quote(equipment.kind().name()) + ",");
            idealCycleTime(depth + 3, station);
            List<Variable> equipmentTags =
                    equipment.variables().stream().filter(v -> v.role() != null).toList();
            tags(depth + 3, path + "/" + equipment.code(), equipmentTags, false);
            line(depth + 2, e == station.equipment().size() - 1 ? "}" : "},");
        }
        line(depth + 1, "]");
        line(depth, last ? "}" : "},");
    }

    private void tags(int depth, String path, List<Variable> variables, boolean more) {
        line(depth, "\"tags\": [");
        for (int i = 0; i < variables.size(); i++) {
            Variable v = variables.get(i);
            line(depth + 1, "{");
            line(depth + 2, "\"name\": " + quote(v.name()) + ",");
            line(depth + 2, "\"role\": " + quote(v.role()) + ",");
            line(depth + 2, "\"endpoint\": \"simulator\",");
            line(
                    depth + 2,
                    "\"node\": "
                            + quote(PlantLayout.node(path, v.relativePath()).toString()) + ",");
            line(depth + 2, "\"dataType\": " + quote(v.dataType().opcUaName()) + ",");
            String unit = v.isAnalog() ? v.analog().unit() : v.role().equals("CYCLE_TIME") ? "s" : null;
            if (unit != null) {
                line(depth + 2, "\"unit\": " + quote(unit) + ",");
            }
            // States, fault codes and counters at the simulator's own update rate (250 ms), so that a
            // change reaches the boards well within a second; measured values once a second.
            line(depth + 2, "\"samplingIntervalMs\": " + (v.isAnalog() || unit != null ? 1000 : 250));
            line(depth + 1, i == variables.size() - 1 ? "}" : "},");
        }
        line(depth, more ? "]," : "]");
    }

    /**
     * A class for the stations and one for each kind of equipment, each with the simulator's vendor
     * state codes as its state mapping (the equipment also reports OPC 40001 MachineryItemState,
     * which the MES prefers where it is bound).
     */
    private void equipmentClasses() {
        line(1, "\"equipmentClasses\": [");
        List<String[]> classes = new ArrayList<>();
        classes.add(new String[] {STATION_CLASS, "Station of a simulated line"});
        for (EquipmentKind kind : EquipmentKind.values()) {
            String name = kind.name().charAt(0)
                    + kind.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
            classes.add(new String[] {kind.name(), name});
        }
        for (int i = 0; i < classes.size(); i++) {
            line(2, "{");
            line(3, "\"code\": " + quote(classes.get(i)[0]) + ",");
            line(3, "\"name\": " + quote(classes.get(i)[1]) + ",");
            line(
                    3,
                    "\"stateMapping\": { \"1\": \"RUNNING\", \"2\": \"IDLE\", \"3\": \"STARVED\", \"4\": \"BLOCKED\","
                            + " \"5\": \"DOWN\", \"6\": \"PLANNED_STOP\", \"7\": \"CHANGEOVER\" }");
            line(2, i == classes.size() - 1 ? "}" : "},");
        }
        line(1, "],");
    }

    /**
     * The station's rated speed, the ideal cycle time its effectiveness is measured against: 95 % of
     * the simulator's nominal cycle time, which is its average when nothing slows it down.
     */
    private void idealCycleTime(int depth, Station station) {
        String seconds = String.format(Locale.ROOT, "%.1f", station.cycleSeconds() * IDEAL_SHARE_OF_NOMINAL);
        line(depth, "\"attributes\": { \"idealCycleTimeSeconds\": \"" + seconds + "\" },");
    }

    private void open(int depth, String level, String code, String name, String description, int order) {
        line(depth, "{");
        line(depth + 1, "\"level\": " + quote(level) + ",");
        line(depth + 1, "\"code\": " + quote(code) + ",");
        line(depth + 1, "\"name\": " + quote(name) + ",");
        if (description != null) {
            line(depth + 1, "\"description\": " + quote(description) + ",");
        }
        if (order > 0) {
            line(depth + 1, "\"order\": " + order + ",");
        }
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
