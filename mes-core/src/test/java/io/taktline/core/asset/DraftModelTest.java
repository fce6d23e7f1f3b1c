package io.taktline.core.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftModelTest {

    private static BrowsedNode variable(String path, String dataType) {
        List<String> parts = List.of(path.split("/"));
        return new BrowsedNode(parts, true, new NodeAddress("urn:plc", "s=" + path), dataType, null);
    }

    private static BrowsedNode folder(String path) {
        return new BrowsedNode(List.of(path.split("/")), false, new NodeAddress("urn:plc", "s=" + path), null, null);
    }

    @Test
    void recognisesMachineryAndCommonPlcNames() {
        assertThat(DraftModel.roleOf("MachineryItemState", "Int32")).isEqualTo(TagRole.MACHINERY_ITEM_STATE);
        assertThat(DraftModel.roleOf("MachineryOperationMode", "Int32")).isEqualTo(TagRole.OPERATION_MODE);
        assertThat(DraftModel.roleOf("PartCount", "UInt32")).isEqualTo(TagRole.PART_COUNTER);
        assertThat(DraftModel.roleOf("GoodCount", "UInt32")).isEqualTo(TagRole.GOOD_COUNTER);
        assertThat(DraftModel.roleOf("ScrapCount", "UInt32")).isEqualTo(TagRole.SCRAP_COUNTER);
        assertThat(DraftModel.roleOf("FaultCode", "Int32")).isEqualTo(TagRole.FAULT_CODE);
        assertThat(DraftModel.roleOf("LastCycleTime", "Double")).isEqualTo(TagRole.CYCLE_TIME);
        assertThat(DraftModel.roleOf("Tonnage", "Double")).isEqualTo(TagRole.PROCESS_VALUE);
    }

    @Test
    void mapsFoldersToLevelsByDepthAndDraftsADocumentTheImportReads() {
        List<BrowsedNode> browsed = List.of(
                folder("STAMPING"),
                folder("STAMPING/PL1"),
                folder("STAMPING/PL1/PRESS1"),
                variable("STAMPING/PL1/PRESS1/State", "Int32"),
                variable("STAMPING/PL1/PRESS1/PartCount", "UInt32"),
                folder("STAMPING/PL1/PRESS1/Drive"),
                variable("STAMPING/PL1/PRESS1/Drive/Temperature", "Double"),
                variable("STAMPING/PL1/PRESS1/Drive/Motor/Current", "Double"));

        String draft = DraftModel.draft(
                "Acme", "Plant 7", "press-plc", "opc.tcp://press-plc:4840", browsed, DraftModel.defaultLevels());
        AssetModelDocument document = AssetModelDocument.parse(new StringReader(draft));

        var shop = document.assets().get(0).children().get(0).children().get(0);
        assertThat(shop.level()).isEqualTo(AssetLevel.AREA);
        var press = shop.children().get(0).children().get(0);
        assertThat(press.level()).isEqualTo(AssetLevel.WORK_CELL);
        assertThat(press.tags()).extracting(t -> t.role()).containsExactly(TagRole.STATE, TagRole.PART_COUNTER);
        var drive = press.children().get(0);
        assertThat(drive.level()).isEqualTo(AssetLevel.EQUIPMENT);
        assertThat(drive.tags()).extracting(t -> t.name()).containsExactly("Temperature", "Motor.Current");
        assertThat(document.endpoints()).extracting(e -> e.url()).containsExactly("opc.tcp://press-plc:4840");
    }

    @Test
    void turnsBrowseNamesIntoValidCodes() {
        assertThat(DraftModel.code("Press Line #1")).isEqualTo("Press_Line__1");
        assertThat(DraftModel.code("_hidden")).isEqualTo("X_hidden");
    }
}
