package io.taktline.sim;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.taktline.sim.PlantLayout.Line;
import io.taktline.sim.PlantLayout.ProcessValue;
import io.taktline.sim.PlantLayout.Shop;
import io.taktline.sim.PlantLayout.Station;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * The simulator's address space: Objects/Plant/&lt;shop&gt;/&lt;line&gt;/&lt;station&gt; folders, each
 * station with State, PartCount and its analog process value. Knows nothing of how values are made;
 * {@link #publish} copies them from the station models.
 */
final class PlantNamespace extends ManagedNamespaceWithLifecycle {

    /** UNECE Recommendation 20 units, as OPC UA Part 8 asks for EngineeringUnits. */
    private static final String UNECE_UNITS_URI = "http://www.opcfoundation.org/UA/units/un/cefact";

    private static final Map<String, String> UNECE_CODES =
            Map.of("t", "TNE", "kA", "B22", "°C", "CEL", "N·m", "NU", "V", "VLT");

    private final PlantLayout layout;
    private final SubscriptionModel subscriptionModel;
    private final Map<String, StationNodes> nodesByPath = new ConcurrentHashMap<>();

    PlantNamespace(OpcUaServer server, PlantLayout layout) {
        super(server, PlantSimulator.NAMESPACE_URI);
        this.layout = layout;
        this.subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    /** Copies the stations' current values into their variable nodes. */
    void publish(List<StationModel> stations) {
        DateTime now = DateTime.now();
        for (StationModel station : stations) {
            StationNodes nodes = nodesByPath.get(station.path());
            if (nodes != null) {
                nodes.state().setValue(good(Variant.ofInt32(station.state().code()), now));
                nodes.partCount().setValue(good(Variant.ofUInt32(uint(station.partCount())), now));
                nodes.processValue().setValue(good(Variant.ofDouble(station.value()), now));
            }
        }
    }

    private void addNodes() {
        UaFolderNode plant = folder("Plant", "Plant", "Taktline demo plant");
        plant.addReference(
                new Reference(plant.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        for (Shop shop : layout.shops()) {
            UaFolderNode shopFolder = folder("Plant/" + shop.code(), shop.code(), shop.name());
            plant.addOrganizes(shopFolder);
            for (Line line : shop.lines()) {
                UaFolderNode lineFolder = folder("Plant/" + shop.code() + "/" + line.code(), line.code(), line.name());
                shopFolder.addOrganizes(lineFolder);
                for (Station station : line.stations()) {
                    addStation(lineFolder, PlantLayout.stationPath(shop, line, station), station);
                }
            }
        }
    }

    private void addStation(UaFolderNode line, String path, Station station) {
        UaFolderNode folder = folder(path, station.code(), station.name());
        line.addOrganizes(folder);
        UaVariableNode state =
                variable(path, PlantLayout.STATE, NodeIds.Int32, Variant.ofInt32(StationState.RUNNING.code()));
        UaVariableNode partCount = variable(path, PlantLayout.PART_COUNT, NodeIds.UInt32, Variant.ofUInt32(uint(0)));
        UaVariableNode processValue = analog(path, station.processValue());
        folder.addOrganizes(state);
        folder.addOrganizes(partCount);
        folder.addOrganizes(processValue);
        nodesByPath.put(path, new StationNodes(state, partCount, processValue));
    }

    private UaFolderNode folder(String id, String code, String name) {
        UaFolderNode folder =
                new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(code), LocalizedText.english(code));
        folder.setDescription(LocalizedText.english(name));
        getNodeManager().addNode(folder);
        return folder;
    }

    private UaVariableNode variable(String stationPath, String name, NodeId dataType, Variant initial) {
        return UaVariableNode.builder(getNodeContext())
                .setNodeId(newNodeId(stationPath + "/" + name))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDataType(dataType)
                .setValueRank(ValueRanks.Scalar)
                .setAccessLevel(AccessLevel.CurrentRead)
                .setUserAccessLevel(AccessLevel.CurrentRead)
                .setValue(good(initial, DateTime.now()))
                .buildAndAdd();
    }

    /** An AnalogItemType variable with EURange and EngineeringUnits; a plain one if Milo refuses. */
    private UaVariableNode analog(String stationPath, ProcessValue processValue) {
        NodeId nodeId = newNodeId(stationPath + "/" + processValue.name());
        try {
            AnalogItemTypeNode node = (AnalogItemTypeNode) getNodeFactory().createNode(nodeId, NodeIds.AnalogItemType);
            node.setBrowseName(newQualifiedName(processValue.name()));
            node.setDisplayName(LocalizedText.english(processValue.name()));
            node.setDataType(NodeIds.Double);
            node.setValueRank(ValueRanks.Scalar);
            node.setAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
            node.setUserAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
            node.setValue(good(Variant.ofDouble(processValue.nominal()), DateTime.now()));
            node.setEuRange(new Range(processValue.min(), processValue.max()));
            node.setEngineeringUnits(engineeringUnits(processValue.unit()));
            getNodeManager().addNode(node);
            return node;
        } catch (UaException e) {
            return variable(stationPath, processValue.name(), NodeIds.Double, Variant.ofDouble(processValue.nominal()));
        }
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

    private static DataValue good(Variant value, DateTime now) {
        return new DataValue(value, StatusCode.GOOD, now, now);
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptionModel.onMonitoringModeChanged(monitoredItems);
    }

    private record StationNodes(UaVariableNode state, UaVariableNode partCount, UaVariableNode processValue) {}
}
