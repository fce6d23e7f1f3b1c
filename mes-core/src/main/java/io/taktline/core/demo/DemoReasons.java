package io.taktline.core.demo;

import io.taktline.core.downtime.AutomaticReason;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.ReasonTree;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo plant's reason tree: a root per category with the usual children (breaks, electrical,
 * mechanical, material shortage, tooling, safety, die change, ...) and a reason for every fault code
 * the simulator's equipment kinds serve, below the group it belongs to.
 */
public final class DemoReasons {

    /**
     * A kind of the simulator's equipment and the fault codes it can raise, as the simulator says
     * (the wiring reads them from the simulator, which mes-core does not know).
     *
     * @param kind the kind's constant, e.g. WELD_ROBOT
     */
    public record EquipmentFaults(String kind, List<Integer> faultCodes) {

        public EquipmentFaults {
            faultCodes = List.copyOf(faultCodes);
        }
    }

    /** What a fault code of the simulator means, and the group of the tree it goes under. */
    private record Fault(String group, String name) {}

    private static final Map<Integer, Fault> FAULTS = Map.ofEntries(
            Map.entry(2101, new Fault("HYDRAULICS", "hydraulic pressure low")),
            Map.entry(2102, new Fault("HYDRAULICS", "hydraulic oil overtemperature")),
            Map.entry(2205, new Fault("TOOLING", "die clamp not locked")),
            Map.entry(2310, new Fault("MECHANICAL", "transfer feeder fault")),
            Map.entry(1010, new Fault("ELECTRICAL", "servo drive fault")),
            Map.entry(1020, new Fault("ELECTRICAL", "encoder error")),
            Map.entry(1034, new Fault("MECHANICAL", "collision detected")),
            Map.entry(1101, new Fault("SAFETY", "protective stop")),
            Map.entry(1240, new Fault("SAFETY", "emergency stop")),
            Map.entry(3101, new Fault("MECHANICAL", "circulation pump fault")),
            Map.entry(3102, new Fault("PROCESS", "bath temperature out of range")),
            Map.entry(3150, new Fault("MECHANICAL", "conveyor hoist fault")),
            Map.entry(3201, new Fault("MECHANICAL", "atomiser bell speed fault")),
            Map.entry(3202, new Fault("PROCESS", "paint supply pressure low")),
            Map.entry(3230, new Fault("PROCESS", "booth air supply fault")),
            Map.entry(3240, new Fault("MECHANICAL", "colour changer fault")),
            Map.entry(3301, new Fault("PROCESS", "burner flame failure")),
            Map.entry(3310, new Fault("MECHANICAL", "oven conveyor chain fault")),
            Map.entry(4101, new Fault("PROCESS", "torque out of tolerance")),
            Map.entry(4102, new Fault("PROCESS", "angle out of tolerance")),
            Map.entry(4120, new Fault("ELECTRICAL", "spindle controller fault")),
            Map.entry(5101, new Fault("HYDRAULICS", "gripper vacuum lost")),
            Map.entry(5130, new Fault("MECHANICAL", "cell misaligned")),
            Map.entry(5201, new Fault("ELECTRICAL", "laser source fault")),
            Map.entry(5202, new Fault("PROCESS", "shield gas flow low")),
            Map.entry(5260, new Fault("CONTROLS", "seam tracking lost")),
            Map.entry(5301, new Fault("CONTROLS", "tester communication fault")),
            Map.entry(5310, new Fault("TOOLING", "contact pins worn")));

    private DemoReasons() {}

    /** The tree with a reason for every fault code of {@code equipment}. */
    public static ReasonTree tree(List<EquipmentFaults> equipment) {
        ReasonTree tree = new ReasonTree();
        root(tree, "PLANNED", "Planned stop", ReasonCategory.PLANNED);
        child(tree, "BREAK", "Planned break", "PLANNED");
        child(tree, "SHIFT_MEETING", "Shift meeting", "PLANNED");
        child(tree, "PLANNED_MAINTENANCE", "Planned maintenance", "PLANNED");
        child(tree, "NO_DEMAND", "No production planned", "PLANNED");
        root(tree, "UNPLANNED", "Unplanned stop", ReasonCategory.UNPLANNED);
        child(tree, "ELECTRICAL", "Electrical", "UNPLANNED");
        child(tree, "MECHANICAL", "Mechanical", "UNPLANNED");
        child(tree, "HYDRAULICS", "Hydraulics and pneumatics", "UNPLANNED");
        child(tree, "CONTROLS", "Controls and software", "UNPLANNED");
        child(tree, "PROCESS", "Process out of tolerance", "UNPLANNED");
        child(tree, "TOOLING", "Tooling", "UNPLANNED");
        child(tree, "SAFETY", "Safety", "UNPLANNED");
        child(tree, "MATERIAL_SHORTAGE", "Material shortage", "UNPLANNED");
        child(tree, "NO_OPERATOR", "No operator at the station", "UNPLANNED");
        child(tree, "ANDON", "Line stopped at the andon", "UNPLANNED");
        root(tree, "CHANGEOVERS", "Changeover", ReasonCategory.CHANGEOVER);
        child(tree, "DIE_CHANGE", "Die change", "CHANGEOVERS");
        child(tree, "MODEL_CHANGE", "Model change", "CHANGEOVERS");
        child(tree, "COLOUR_CHANGE", "Colour change", "CHANGEOVERS");
        root(tree, "SMALL_STOPS", "Small stop", ReasonCategory.SMALL_STOP);
        child(tree, "MICRO_STOP", "Micro-stop", "SMALL_STOPS");
        child(tree, "PART_JAM", "Part jammed", "SMALL_STOPS");
        child(tree, "SENSOR_MISREAD", "Sensor misread", "SMALL_STOPS");
        root(tree, "SPEED_LOSS", "Speed loss", ReasonCategory.SPEED_LOSS);
        child(tree, "REDUCED_SPEED", "Running at reduced speed", "SPEED_LOSS");
        root(tree, "QUALITY", "Quality", ReasonCategory.QUALITY_LOSS);
        child(tree, "QUALITY_CONTAINMENT", "Quality check and containment", "QUALITY");
        child(tree, "REWORK", "Rework at the station", "QUALITY");
        root(tree, "UNCLASSIFIED", "Unclassified", ReasonCategory.UNCLASSIFIED);
        child(tree, "NO_SIGNAL", "No signal from the equipment", "UNCLASSIFIED");
        for (EquipmentFaults kind : equipment) {
            for (int code : kind.faultCodes()) {
                Fault fault = FAULTS.getOrDefault(code, new Fault("UNPLANNED", "fault " + code));
                String reason = kind.kind() + "_" + code;
                child(tree, reason, label(kind.kind()) + ": " + fault.name(), fault.group());
                tree.mapFault(code, reason);
            }
        }
        return tree.assign(AutomaticReason.PLANNED_STOP, "BREAK")
                .assign(AutomaticReason.CHANGEOVER, "DIE_CHANGE")
                .assign(AutomaticReason.MICRO_STOP, "MICRO_STOP")
                .assign(AutomaticReason.NO_SIGNAL, "NO_SIGNAL")
                .complete();
    }

    /** Whether the table names the fault (a code added to the simulator without a name here is not). */
    public static boolean names(int faultCode) {
        return FAULTS.containsKey(faultCode);
    }

    private static void root(ReasonTree tree, String code, String name, ReasonCategory category) {
        tree.add(new DowntimeReason(code, name, category, null));
    }

    private static void child(ReasonTree tree, String code, String name, String parent) {
        DowntimeReason above = tree.find(parent).orElseThrow();
        tree.add(new DowntimeReason(code, name, above.category(), parent));
    }

    /** PRESS → Press, WELD_ROBOT → Weld robot. */
    private static String label(String kind) {
        if (kind.equals("EOL_TESTER")) {
            return "End-of-line tester";
        }
        String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
