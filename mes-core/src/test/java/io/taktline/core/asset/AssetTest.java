package io.taktline.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssetTest {

    @Test
    void buildsPathsFromCodesDownTheHierarchy() {
        Asset station = Asset.enterprise("ACME", "Acme Motors")
                .addChild(AssetLevel.SITE, "P1", "Plant 1")
                .addChild(AssetLevel.AREA, "BODY", "Body shop")
                .addChild(AssetLevel.LINE, "UB1", "Underbody 1")
                .addChild(AssetLevel.WORK_CELL, "UB010", "Station 010");

        assertThat(station.path()).isEqualTo("ACME/P1/BODY/UB1/UB010");
        assertThat(station.parent().level()).isEqualTo(AssetLevel.LINE);
    }

    @Test
    void refusesALevelThatSkipsOneBelowItsParent() {
        Asset site = Asset.enterprise("ACME", "Acme").addChild(AssetLevel.SITE, "P1", "Plant 1");

        assertThatThrownBy(() -> site.addChild(AssetLevel.LINE, "L1", "Line 1"))
                .hasMessageContaining("LINE cannot sit below SITE 'ACME/P1'");
    }

    @Test
    void letsEquipmentNestInEquipment() {
        Asset robot = Asset.enterprise("A", "A")
                .addChild(AssetLevel.SITE, "S", "S")
                .addChild(AssetLevel.AREA, "AR", "AR")
                .addChild(AssetLevel.LINE, "L", "L")
                .addChild(AssetLevel.WORK_CELL, "C", "C")
                .addChild(AssetLevel.EQUIPMENT, "R1", "Robot 1");

        assertThat(robot.addChild(AssetLevel.EQUIPMENT, "GUN", "Weld gun").path())
                .endsWith("R1/GUN");
    }

    @Test
    void refusesCodesThatCannotBePartOfAPath() {
        assertThatThrownBy(() -> Asset.enterprise("a/b", "x")).hasMessageContaining("asset code 'a/b' is not valid");
    }
}
