package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.client.nodes.UaNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlantSimulatorIT {

    private static final Instant MONDAY_6AM = Instant.parse("2026-01-05T06:00:00Z");
    private static final double SPEED = 480;

    private static PlantSimulator simulator;
    private static OpcUaClient client;

    @BeforeAll
    static void startSimulatorAndClient() throws Exception {
        simulator = PlantSimulator.start(new SimulatorSettings("localhost", 0, 42, SPEED)
                .withStart(MONDAY_6AM)
                .withGroundTruth(true));
        client = OpcUaClient.create(simulator.endpointUrl());
        client.connect();
    }

    @AfterAll
    static void stopClientAndSimulator() throws Exception {
        client.disconnect();
        simulator.close();
    }

    @Test
    void browsesFromObjectsThroughShopLineStationAndEquipmentToTheVariables() throws Exception {
        assertThat(browseNames(NodeIds.ObjectsFolder)).contains("Plant");
        assertThat(browseNames(node("Plant"))).containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
        assertThat(browseNames(node("Plant/STAMPING"))).containsExactly("PL1");
        assertThat(browseNames(node("Plant/STAMPING/PL1")))
                .containsExactly("PRESS1", "PRESS2", "PRESS3", "PRESS4", "PRESS5");
        assertThat(browseNames(node("Plant/STAMPING/PL1/PRESS1")))
                .containsExactly(
                        "State", "PartCount", "Tonnage", "CycleComplete", "Andon", "GoodCount", "ScrapCount", "PRESS");
        assertThat(browseNames(node("Plant/STAMPING/PL1/PRESS1/PRESS")))
                .contains(
                        "State",
                        "MachineryItemState",
                        "MachineryOperationMode",
                        "PartCount",
                        "GoodCount",
                        "ScrapCount",
                        "FaultCode",
                        "CycleTime",
                        "Tonnage",
                        "StrokeRate",
                        "DieNumber");
        assertThat(browseNames(node("Plant/BODY/UB1/UB010/R1/Safety")))
                .containsExactly("OperationalMode", "EmergencyStop", "ProtectiveStop");
        assertThat(browseNames(node("Plant/ASSEMBLY/TR1"))).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void servesEngineeringUnitsAndRangeOnAnalogValues() throws Exception {
        AnalogItemTypeNode oven =
                (AnalogItemTypeNode) client.getAddressSpace().getNode(node("Plant/PAINT/TC1/OVEN/OVEN/Temperature"));
        AnalogItemTypeNode insulation = (AnalogItemTypeNode)
                client.getAddressSpace().getNode(node("Plant/BATTERY/BM1/EOL/TESTER/InsulationResistance"));

        assertThat(oven.getEuRange()).isEqualTo(new Range(0.0, 220.0));
        assertThat(oven.getEngineeringUnits().getDisplayName().text()).isEqualTo("°C");
        assertThat(insulation.getEngineeringUnits().getDisplayName().text()).isEqualTo("MΩ");
    }

    @Test
    void stampsValuesWithTheSimulatedClock() throws Exception {
        Thread.sleep(1_000);
        DataValue tonnage = client.readValue(0, TimestampsToReturn.Both, node("Plant/STAMPING/PL1/PRESS1/Tonnage"));
        Instant source = tonnage.getSourceTime().getJavaInstant();

        // At 480x a second of wall-clock time is eight simulated minutes past the start.
        assertThat(source).isAfter(MONDAY_6AM.plus(Duration.ofMinutes(4)));
        assertThat(source).isBefore(simulator.simulatedNow().plusSeconds(1));
    }

    @Test
    void keepsGroundTruthOfWhatItServed() throws Exception {
        Thread.sleep(500);
        GroundTruth truth = simulator.groundTruth();

        assertThat(truth.start()).isEqualTo(MONDAY_6AM);
        assertThat(truth.cycles()).isNotEmpty();
        assertThat(truth.counts()).hasSize(simulator.layout().stationCount());
        assertThat(simulator.statistics().ticks()).isPositive();
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
