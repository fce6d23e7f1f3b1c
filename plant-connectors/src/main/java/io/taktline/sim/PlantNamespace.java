package io.taktline.sim;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.taktline.sim.PlantLayout.Line;
import io.taktline.sim.PlantLayout.ProcessValue;
import io.taktline.sim.PlantLayout.Shop;
import io.taktline.sim.PlantLayout.Station;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * The simulator's address space: Objects/Plant/&lt;shop&gt;/&lt;line&gt;/&lt;station&gt;/&lt;equipment&gt;
 * folders with the variables of each station and piece of equipment. Knows nothing of how values
 * are made; {@link #publish} copies the changed ones from the plant model, each with the simulated
 * time it changed at as source timestamp.
 *
 * <p>Analog values are sampled at each monitored item's sampling interval (Milo's subscription
 * model). Discrete values (states, counters, fault codes) are reported by exception, as a PLC that
 * pushes its events does: every change reaches every monitored item of the node, in order, with its
 * own source timestamp, however many happened between two updates, so that a client with a queue
 * misses no state change even at 480 times real speed.
 */
final class PlantNamespace extends ManagedNamespaceWithLifecycle {

    /** UNECE Recommendation 20 units, as OPC UA Part 8 asks for EngineeringUnits. */
    private static final String UNECE_UNITS_URI = "http://www.opcfoundation.org/UA/units/un/cefact";

    private static final Map<String, String> UNECE_CODES = Map.ofEntries(
            Map.entry("t", "TNE"),
            Map.entry("kA", "B22"),
            Map.entry("A", "AMP"),
            Map.entry("°C", "CEL"),
            Map.entry("N·m", "NU"),
            Map.entry("V", "VLT"),
            Map.entry("1/min", "C94"),
            Map.entry("%", "P1"),
            Map.entry("m/s", "MTS"),
            Map.entry("mm/s", "C16"),
            Map.entry("µm", "4H"),
            Map.entry("µS/cm", "G42"),
            Map.entry("°", "DD"),
            Map.entry("kN", "B47"),
            Map.entry("kW", "KWT"),
            Map.entry("l/min", "L2"),
            Map.entry("MΩ", "B75"),
            Map.entry("s", "SEC"));

    private final PlantLayout layout;
    private final PlantModel model;
    private final Instant start;
    private final SubscriptionModel subscriptionModel;
    private final List<Served> served = new ArrayList<>();
    private volatile int variableCount;

    /** The nodes of one station's or equipment's values, and what was last served on each. */
    private record Served(ServedValues values, UaVariableNode[] nodes, double[] last) {}

    /** A discrete variable's node: where its value is. */
    private record DiscreteNode(Served served, int index) {}

    private final Map<NodeId, DiscreteNode> discreteNodes = new HashMap<>();
    /** The monitored items of the Value of each discrete node, told of every change. */
    private final Map<NodeId, List<DataItem>> pushedItems = new ConcurrentHashMap<>();

    PlantNamespace(OpcUaServer server, PlantLayout layout, PlantModel model, Instant start) {
        super(server, PlantSimulator.NAMESPACE_URI);
        this.layout = layout;
        this.model = model;
        this.start = start;
        this.subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    /** Serves every value that changed since the last call; returns how many. Call from one thread. */
    synchronized int publish() {
        DateTime serverTime = DateTime.now();
        int changed = 0;
        for (Served s : served) {
            ServedValues values = s.values();
            for (ServedValues.Change change : values.takeChanges()) {
                List<DataItem> items = pushedItems.get(s.nodes()[change.index()].getNodeId());
                if (items != null) {
                    Variable variable = values.variables().get(change.index());
                    DataValue value = new DataValue(
                            variant(variable, change.value()), StatusCode.GOOD, sourceTime(change.at()), serverTime);
                    for (DataItem item : items) {
                        if (item.isSamplingEnabled()) {
                            item.setValue(value);
                        }
                    }
                }
            }
            for (int i = 0; i < s.nodes().length; i++) {
                double value = values.get(i);
                if (value != s.last()[i] || Double.isNaN(s.last()[i])) {
                    s.last()[i] = value;
                    Variable variable = values.variables().get(i);
                    s.nodes()[i].setValue(new DataValue(
                            variant(variable, value), StatusCode.GOOD, sourceTime(values.changedAt(i)), serverTime));
                    changed++;
                }
            }
        }
        return changed;
    }

    private DateTime sourceTime(double simulatedSecond) {
        return new DateTime(start.plusNanos(Math.round(simulatedSecond * 1e6) * 1000));
    }

    int variableCount() {
        return variableCount;
    }

    private void addNodes() {
        Map<String, StationModel> stationsByPath = new HashMap<>();
        model.stations().forEach(s -> stationsByPath.put(s.path(), s));
        UaFolderNode plant = folder("Plant", "Plant", "Taktline simulated car plant");
        plant.addReference(
                new Reference(plant.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        for (Shop shop : layout.shops()) {
            UaFolderNode shopFolder = folder("Plant/" + shop.code(), shop.code(), shop.name());
            plant.addOrganizes(shopFolder);
            for (Line line : shop.lines()) {
                UaFolderNode lineFolder = folder("Plant/" + shop.code() + "/" + line.code(), line.code(), line.name());
                shopFolder.addOrganizes(lineFolder);
                for (Station station : line.stations()) {
                    String path = PlantLayout.stationPath(shop, line, station);
                    addStation(lineFolder, path, station, stationsByPath.get(path));
                }
            }
        }
        variableCount = served.stream().mapToInt(s -> s.nodes().length).sum();
    }

    private void addStation(UaFolderNode line, String path, Station station, StationModel stationModel) {
        UaFolderNode folder = folder(path, station.code(), station.name());
        line.addOrganizes(folder);
        addVariables(folder, path, stationModel.values());
        for (EquipmentModel equipment : stationModel.equipment()) {
            UaFolderNode equipmentFolder = folder(
                    equipment.path(), equipment.spec().code(), equipment.spec().name());
            folder.addOrganizes(equipmentFolder);
            addVariables(equipmentFolder, equipment.path(), equipment.values());
        }
    }

    private void addVariables(UaFolderNode parent, String path, ServedValues values) {
        UaVariableNode[] nodes = new UaVariableNode[values.size()];
        Map<String, UaFolderNode> subFolders = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            Variable variable = values.variables().get(i);
            UaFolderNode into = parent;
            if (variable.folder() != null) {
                into = subFolders.computeIfAbsent(variable.folder(), name -> {
                    UaFolderNode sub = folder(path + "/" + name, name, name);
                    parent.addOrganizes(sub);
                    return sub;
                });
            }
            String id = path + "/" + variable.relativePath();
            DataValue initial = new DataValue(variant(variable, values.get(i)), StatusCode.GOOD, DateTime.now());
            nodes[i] = variable.isAnalog() ? analog(id, variable.analog(), initial) : variable(id, variable, initial);
            into.addOrganizes(nodes[i]);
        }
        double[] last = new double[nodes.length];
        java.util.Arrays.fill(last, Double.NaN);
        Served added = new Served(values, nodes, last);
        served.add(added);
        values.keepChanges();
        for (int i = 0; i < nodes.length; i++) {
            if (values.isDiscrete(i)) {
                discreteNodes.put(nodes[i].getNodeId(), new DiscreteNode(added, i));
            }
        }
    }

    private UaFolderNode folder(String id, String code, String name) {
        UaFolderNode folder =
                new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(code), LocalizedText.english(code));
        folder.setDescription(LocalizedText.english(name));
        getNodeManager().addNode(folder);
        return folder;
    }

    private UaVariableNode variable(String id, Variable variable, DataValue initial) {
        return UaVariableNode.builder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(variable.name()))
                .setDisplayName(LocalizedText.english(variable.name()))
                .setDataType(dataType(variable))
                .setValueRank(ValueRanks.Scalar)
                .setAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY))
                .setUserAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY))
                .setValue(initial)
                .buildAndAdd();
    }

    /** An AnalogItemType variable with EURange and EngineeringUnits; a plain one if Milo refuses. */
    private UaVariableNode analog(String id, ProcessValue processValue, DataValue initial) {
        NodeId nodeId = newNodeId(id);
        try {
            AnalogItemTypeNode node = (AnalogItemTypeNode) getNodeFactory().createNode(nodeId, NodeIds.AnalogItemType);
            node.setBrowseName(newQualifiedName(processValue.name()));
            node.setDisplayName(LocalizedText.english(processValue.name()));
            node.setDataType(NodeIds.Double);
            node.setValueRank(ValueRanks.Scalar);
            node.setAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
            node.setUserAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
            node.setValue(initial);
            node.setEuRange(new Range(processValue.min(), processValue.max()));
            node.setEngineeringUnits(engineeringUnits(processValue.unit()));
            getNodeManager().addNode(node);
            return node;
        } catch (UaException e) {
            return variable(id, Variable.discrete(processValue.name(), Variable.DataType.DOUBLE, null), initial);
        }
    }

    private static NodeId dataType(Variable variable) {
        return switch (variable.dataType()) {
            case INT32 -> NodeIds.Int32;
            case UINT32 -> NodeIds.UInt32;
            case DOUBLE -> NodeIds.Double;
            case BOOLEAN -> NodeIds.Boolean;
        };
    }

    private static Variant variant(Variable variable, double value) {
        return switch (variable.dataType()) {
            case INT32 -> Variant.ofInt32((int) value);
            case UINT32 -> Variant.ofUInt32(uint((long) value));
            case DOUBLE -> Variant.ofDouble(value);
            case BOOLEAN -> Variant.ofBoolean(value != 0);
        };
    }

    private static EUInformation engineeringUnits(String unit) {
        String code = UNECE_CODES.get(unit);
        int unitId = -1;
        if (code != null) {
            unitId = 0;
            for (char c : code.toCharArray()) {
                unitId = unitId << 8 | c;
            }
        }
        return new EUInformation(UNECE_UNITS_URI, unitId, LocalizedText.english(unit), LocalizedText.english(unit));
    }

    /** Whether changes of this item's node and attribute are pushed rather than sampled. */
    private boolean pushed(MonitoredItem item) {
        return item.getReadValueId().getAttributeId().equals(AttributeId.Value.uid())
                && discreteNodes.containsKey(item.getReadValueId().getNodeId());
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        List<DataItem> sampled = new ArrayList<>();
        // Under the publish lock: the first value an item gets is never newer than the next change.
        synchronized (this) {
            for (DataItem item : dataItems) {
                if (!pushed(item)) {
                    sampled.add(item);
                    continue;
                }
                NodeId node = item.getReadValueId().getNodeId();
                pushedItems
                        .computeIfAbsent(node, id -> new CopyOnWriteArrayList<>())
                        .add(item);
                DataValue current = discreteNodes
                        .get(node)
                        .served()
                        .nodes()[discreteNodes.get(node).index()]
                        .getValue();
                item.setValue(current);
            }
        }
        subscriptionModel.onDataItemsCreated(sampled);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsModified(
                dataItems.stream().filter(item -> !pushed(item)).toList());
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        List<DataItem> sampled = new ArrayList<>();
        for (DataItem item : dataItems) {
            if (pushed(item)) {
                List<DataItem> items = pushedItems.get(item.getReadValueId().getNodeId());
                if (items != null) {
                    items.remove(item);
                }
            } else {
                sampled.add(item);
            }
        }
        subscriptionModel.onDataItemsDeleted(sampled);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        // A pushed item that is switched off is skipped at each change (isSamplingEnabled).
        subscriptionModel.onMonitoringModeChanged(
                monitoredItems.stream().filter(item -> !pushed(item)).toList());
    }
}
