package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.connect.NodeRef;
import org.junit.jupiter.api.Test;

class PlantLayoutTest {

    @Test
    void demoServesThreeNodesForEachOfNineteenStations() {
        assertThat(PlantLayout.demo().allNodes()).hasSize(57).doesNotHaveDuplicates();
    }

    @Test
    void demoNodeIdsAreTheOnesTheAssetModelBinds() {
        assertThat(PlantLayout.demo().allNodes())
                .contains(
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/State"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/BODY/UB1/UB030/WeldCurrent"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/PAINT/TC1/OVEN/Temperature"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/ASSEMBLY/TR1/T040/Torque"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/BATTERY/BM1/EOL/PartCount"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/BATTERY/BM1/STACK/ModuleVoltage"));
    }
}
