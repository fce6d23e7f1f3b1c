package io.taktline.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.asset.infrastructure.JpaAssetRepository;
import io.taktline.core.audit.AuditEntry;
import io.taktline.core.infrastructure.JpaStore;
import io.taktline.db.Database;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing the stored model: dry runs, export, moves, clones, classes, audit, and what is refused. */
class AssetModelEditingIT {

    private static Database database;
    private static JpaStore store;
    private AssetModel model;
    private final List<ModelChange> announced = new ArrayList<>();

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("asset-editing");
        store = new JpaStore(database.dataSource(), AssetModel.ENTITIES);
    }

    @AfterAll
    static void closeDatabase() {
        store.close();
        database.close();
    }

    @BeforeEach
    void demoPlant() throws Exception {
        try (var connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute(
                    "truncate audit_log, tag, asset, opcua_endpoint, tag_template, equipment_class restart identity cascade");
        }
        model = new AssetModel(store, JpaAssetRepository::new);
        model.importDemoPlant();
        model.onChange(announced::addAll);
    }

    private AssetView asset(String path) {
        return model.assets().stream()
                .filter(a -> a.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void dryRunReportsTheChangesAndAppliesNone() {
        String json = model.export().replace("\"Tandem press line 1\"", "\"Press line one\"");

        ImportResult dryRun = model.importModel(new StringReader(json), true, "tester");

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.changes()).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(ModelChange.Action.UPDATE);
            assertThat(change.key()).isEqualTo("TAKTLINE/PLANT1/STAMPING/PL1");
            assertThat(change.before()).contains("Tandem press line 1");
            assertThat(change.after()).contains("Press line one");
        });
        assertThat(asset("TAKTLINE/PLANT1/STAMPING/PL1").name()).isEqualTo("Tandem press line 1");
        assertThat(announced).isEmpty();
    }

    @Test
    void exportsAModelThatImportsBackUnchanged() {
        model.importModel(new StringReader("""
                {"endpoints": [{"name": "paint-plc", "url": "opc.tcp://paint-plc:4840",
                  "securityPolicy": "Aes256_Sha256_RsaPss", "securityMode": "SignAndEncrypt",
                  "identity": "userName", "user": "mes", "passwordKey": "PAINT_PLC_PASSWORD"}]}
                """), false, "tester");
        String exported = model.export();
        assertThat(exported)
                .contains("\"securityPolicy\": \"AES256_SHA256_RSAPSS\"")
                .doesNotContain("secret");

        ImportResult again = model.importModel(new StringReader(exported), false, "tester");

        assertThat(again.changedNothing()).isTrue();
        assertThat(exported).contains("\"schema\": \"taktline-asset-model/1\"");
    }

    @Test
    void movesAStationWithItsTagsToAnotherLine() {
        AssetView station = asset("TAKTLINE/PLANT1/STAMPING/PL1/PRESS4");
        AssetView bodyLine = asset("TAKTLINE/PLANT1/BODY/UB1");

        AssetView moved = model.moveAsset(station.id(), bodyLine.id(), "tester");

        assertThat(moved.path()).isEqualTo("TAKTLINE/PLANT1/BODY/UB1/PRESS4");
        assertThat(model.tags())
                .filteredOn(t -> t.assetId() == station.id())
                .hasSize(5)
                .allSatisfy(t -> assertThat(t.assetPath()).isEqualTo("TAKTLINE/PLANT1/BODY/UB1/PRESS4"));
        assertThat(announced).extracting(ModelChange::action).containsExactly(ModelChange.Action.MOVE);
    }

    @Test
    void refusesAMoveThatWouldMakeACycle() {
        AssetView shop = asset("TAKTLINE/PLANT1/STAMPING");
        AssetView line = asset("TAKTLINE/PLANT1/STAMPING/PL1");

        assertThatThrownBy(() -> model.moveAsset(shop.id(), line.id(), "tester"))
                .isInstanceOf(AssetModelException.class)
                .hasMessageContaining("inside its own subtree");
        assertThatThrownBy(() ->
                        model.moveAsset(line.id(), asset("TAKTLINE/PLANT1").id(), "tester"))
                .hasMessageContaining("cannot move LINE");
    }

    @Test
    void clonesALineWithItsTagsReboundByPattern() {
        AssetView line = asset("TAKTLINE/PLANT1/STAMPING/PL1");

        AssetView clone = model.cloneAsset(line.id(), "PL2", "Press line 2", "/PL1/", "/PL2/", "tester");

        assertThat(clone.path()).isEqualTo("TAKTLINE/PLANT1/STAMPING/PL2");
        List<TagView> cloned = model.tags().stream()
                .filter(t -> t.assetPath().startsWith("TAKTLINE/PLANT1/STAMPING/PL2/"))
                .toList();
        assertThat(cloned).hasSize(70).allSatisfy(t -> assertThat(t.node().identifier())
                .contains("/PL2/"));
    }

    @Test
    void refusesToBindOneNodeTwiceNamingBothTags() {
        AssetView press2 = asset("TAKTLINE/PLANT1/STAMPING/PL1/PRESS2");
        String sameNodeAsPress1 = """
                {"name": "State2", "role": "STATE", "endpoint": "simulator",
                 "node": "nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/State", "dataType": "Int32"}
                """;

        assertThatThrownBy(() -> model.putTag(press2.id(), sameNodeAsPress1, "tester"))
                .hasMessageContaining("line 1, tag.node")
                .hasMessageContaining("already bound by tag 'TAKTLINE/PLANT1/STAMPING/PL1/PRESS1#State'");
    }

    @Test
    void refusesTheSameCodeTwiceUnderOneParentNamingBothLines() {
        String twins = """
                {"assets": [{"level": "ENTERPRISE", "code": "TAKTLINE", "name": "Taktline Motors", "children": [
                  {"level": "SITE", "code": "PLANT1", "name": "Plant 1", "children": [
                    {"level": "AREA", "code": "PAINT2", "name": "Paint 2"},
                    {"level": "AREA", "code": "PAINT2", "name": "Paint 2 again"}]}]}]}
                """;

        assertThatThrownBy(() -> model.importModel(new StringReader(twins), false, "tester"))
                .isInstanceOf(AssetModelException.class)
                .hasMessageStartingWith("line 4, assets[0].children[0].children[1].code: asset TAKTLINE/PLANT1/PAINT2"
                        + " is already in the document at line 3");
        assertThat(model.assets()).noneMatch(a -> a.code().equals("PAINT2"));
    }

    @Test
    void takesWhatATagLeavesOutFromItsClassTemplate() {
        String pressClass = """
                {"equipmentClasses": [{"code": "PRESS", "name": "Servo press",
                  "stateMapping": {"1": "RUNNING", "5": "DOWN"},
                  "tagTemplates": [{"name": "Strokes", "role": "PART_COUNTER", "dataType": "UInt32",
                                    "samplingIntervalMs": 250}]}]}
                """;
        model.importModel(new StringReader(pressClass), false, "tester");
        AssetView press1 = asset("TAKTLINE/PLANT1/STAMPING/PL1/PRESS1");
        model.putAsset(asset("TAKTLINE/PLANT1/STAMPING/PL1").id(), """
                {"level": "WORK_CELL", "code": "PRESS1", "name": "Press 1", "class": "PRESS",
                 "attributes": {"supplier": "Schuler"}}
                """, "tester");

        TagView strokes = model.putTag(press1.id(), """
                {"name": "Strokes", "endpoint": "simulator",
                 "node": "nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/Strokes"}
                """, "tester");

        assertThat(strokes.role()).isEqualTo(TagRole.PART_COUNTER);
        assertThat(strokes.dataType()).isEqualTo("UInt32");
        assertThat(strokes.samplingIntervalMs()).isEqualTo(250);
        assertThat(model.export()).contains("\"class\": \"PRESS\"").contains("\"supplier\": \"Schuler\"");
    }

    @Test
    void auditsEveryChangeWithWhoAndTheValuesBeforeAndAfter() {
        AssetView press1 = asset("TAKTLINE/PLANT1/STAMPING/PL1/PRESS1");
        TagView added = model.putTag(press1.id(), """
                {"name": "FaultCode", "role": "FAULT_CODE", "endpoint": "simulator",
                 "node": "nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/FaultCode", "dataType": "Int32"}
                """, "engineer.jo");
        model.deleteTag(added.id(), "engineer.kim");

        List<AuditEntry> audit = model.audit(2);

        assertThat(audit).extracting(AuditEntry::actor).containsExactly("engineer.kim", "engineer.jo");
        assertThat(audit).extracting(AuditEntry::action).containsExactly("DELETE", "CREATE");
        assertThat(audit.get(0).oldValue()).contains("FaultCode");
        assertThat(audit.get(1).newValue()).contains("FAULT_CODE");
    }

    @Test
    void deletesAnAssetWithChildrenOnlyWhenAskedForTheSubtree() {
        AssetView line = asset("TAKTLINE/PLANT1/BATTERY/BM1");

        assertThatThrownBy(() -> model.deleteAsset(line.id(), false, "tester"))
                .hasMessageContaining("has 6 assets below it");
        model.deleteAsset(line.id(), true, "tester");

        assertThat(model.assets()).noneMatch(a -> a.path().startsWith("TAKTLINE/PLANT1/BATTERY/BM1"));
        assertThat(model.tags()).noneMatch(t -> t.assetPath().startsWith("TAKTLINE/PLANT1/BATTERY/BM1"));
    }

    @Test
    void findsStationsWithoutTheTagsOeeNeedsAndDanglingBindings() {
        AssetView trim = asset("TAKTLINE/PLANT1/ASSEMBLY/TR1");
        model.putAsset(trim.id(), """
                {"level": "WORK_CELL", "code": "T999", "name": "Trim 050"}
                """, "tester");
        long stateOfTrim010 = model.tags().stream()
                .filter(t -> t.assetPath().endsWith("TR1/T010") && t.role() == TagRole.STATE)
                .findFirst()
                .orElseThrow()
                .id();

        List<ModelValidation.Finding> findings =
                ModelValidation.of(model.tags(), model.assets(), Map.of(stateOfTrim010, "Bad_NodeIdUnknown"));

        assertThat(findings)
                .filteredOn(f -> f.severity() == ModelValidation.Severity.ERROR)
                .extracting(ModelValidation.Finding::path)
                .containsExactlyInAnyOrder(
                        "TAKTLINE/PLANT1/ASSEMBLY/TR1/T010#State",
                        "TAKTLINE/PLANT1/ASSEMBLY/TR1/T999",
                        "TAKTLINE/PLANT1/ASSEMBLY/TR1/T999");
        // Press 1 keeps its good and scrap counters on its press, one level down: that counts.
        assertThat(findings).noneMatch(f -> f.path().equals("TAKTLINE/PLANT1/STAMPING/PL1/PRESS1"));
    }
}
