package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.client.nodes.UaNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlantSimulatorIT {

    private static PlantSimulator simulator;
    private static OpcUaClient client;

    @BeforeAll
    static void startSimulatorAndClient() throws Exception {
        simulator = PlantSimulator.start(new SimulatorSettings("localhost", 0, 42, 1.0));
        client = OpcUaClient.create(simulator.endpointUrl());
        client.connect();
    }

    @AfterAll
    static void stopClientAndSimulator() throws Exception {
        client.disconnect();
        simulator.close();
    }

    @Test
    void browsesFromObjectsThroughShopLineAndStationToTheVariables() throws Exception {
        assertThat(browseNames(NodeIds.ObjectsFolder)).contains("Plant");
        assertThat(browseNames(node("Plant"))).containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
        assertThat(browseNames(node("Plant/STAMPING"))).containsExactly("PL1");
        assertThat(browseNames(node("Plant/STAMPING/PL1"))).containsExactly("PRESS1", "PRESS2", "PRESS3", "PRESS4");
        assertThat(browseNames(node("Plant/STAMPING/PL1/PRESS1"))).containsExactly("State", "PartCount", "Tonnage");
    }

    @Test
    void servesEngineeringUnitsAndRangeOnTheProcessValue() throws Exception {
        AnalogItemTypeNode oven =
                (AnalogItemTypeNode) client.getAddressSpace().getNode(node("Plant/PAINT/TC1/OVEN/Temperature"));

        assertThat(oven.getEuRange()).isEqualTo(new Range(0.0, 200.0));
        assertThat(oven.getEngineeringUnits().getDisplayName().text()).isEqualTo("°C");
    }

    private static NodeId node(String path) {
        int index = client.getNamespaceTable()
                .getIndex(PlantSimulator.NAMESPACE_URI)
                .intValue();
        return new NodeId(index, path);
    }

    private static List<String> browseNames(NodeId parent) throws Exception {
        return client.getAddressSpace().browseNodes(parent).stream()
                .map(UaNode::getBrowseName)
                .map(name -> name.name())
                .toList();
    }
}
