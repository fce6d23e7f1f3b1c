package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.connect.NodeRef;
import io.taktline.sim.PlantLayout.Station;
import org.junit.jupiter.api.Test;

class PlantLayoutTest {

    @Test
    void demoHasFiveShopsAndAboutFiftyPiecesOfEquipment() {
        PlantLayout demo = PlantLayout.demo();

        assertThat(demo.shops())
                .extracting(PlantLayout.Shop::code)
                .containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
        assertThat(demo.equipmentCount()).isBetween(45, 60);
    }

    @Test
    void demoServesStateCountAndValueForEveryStation() {
        PlantLayout demo = PlantLayout.demo();

        assertThat(demo.allNodes()).hasSize(3 * demo.stationCount()).doesNotHaveDuplicates();
        assertThat(demo.allVariableNodes()).hasSize(demo.variableCount()).doesNotHaveDuplicates();
    }

    @Test
    void pressLineHasFourToSixPressesAtTenToFifteenStrokesAMinute() {
        var presses = PlantLayout.demo().shops().get(0).lines().get(0).stations();

        assertThat(presses).hasSizeBetween(4, 6);
        assertThat(presses).extracting(Station::cycleSeconds).allSatisfy(s -> assertThat(60 / s)
                .isBetween(10.0, 15.0));
    }

    @Test
    void demoNodeIdsAreTheOnesTheAssetModelBinds() {
        assertThat(PlantLayout.demo().allVariableNodes())
                .contains(
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/State"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/Tonnage"),
                        NodeRef.parse(
                                "nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/PRESS/MachineryItemState"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/BODY/UB1/UB030/R2/SpotWeldCount"),
                        NodeRef.parse(
                                "nsu=urn:taktline:plant-simulator;s=Plant/BODY/UB1/UB030/R2/Safety/EmergencyStop"),
                        NodeRef.parse(
                                "nsu=urn:taktline:plant-simulator;s=Plant/PAINT/TC1/BASECOAT/BOOTH/FilmThickness"),
                        NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/ASSEMBLY/TR1/F100/Andon"),
                        NodeRef.parse(
                                "nsu=urn:taktline:plant-simulator;s=Plant/BATTERY/BM1/EOL/TESTER/InsulationResistance"));
    }

    @Test
    void loadPlantChangesAtLeastTheVariablesAskedForEverySecond() {
        PlantLayout load = PlantLayout.load(100_000);

        assertThat(load.continuousVariableCount()).isGreaterThanOrEqualTo(100_000);
        assertThat(load.variableCount()).isGreaterThan(load.continuousVariableCount());
        assertThat(load.allVariableNodes()).doesNotHaveDuplicates();
    }
}
