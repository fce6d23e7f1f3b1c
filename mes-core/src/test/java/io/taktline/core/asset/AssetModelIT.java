package io.taktline.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.asset.infrastructure.JpaAssetRepository;
import io.taktline.core.infrastructure.JpaStore;
import io.taktline.db.Database;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The asset model on the real schema (Flyway's, validated by Hibernate) in an embedded PostgreSQL. */
class AssetModelIT {

    private static Database database;
    private static JpaStore store;
    private AssetModel model;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("asset-model");
        store = new JpaStore(database.dataSource(), AssetModel.ENTITIES);
    }

    @AfterAll
    static void closeDatabase() {
        store.close();
        database.close();
    }

    @BeforeEach
    void emptyModel() throws Exception {
        try (var connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("truncate tag, asset, opcua_endpoint restart identity cascade");
        }
        model = new AssetModel(store, JpaAssetRepository::new);
    }

    @Test
    void importsTheDemoPlantOnceAndChangesNothingTheSecondTime() {
        ImportResult first = model.importDemoPlant();
        ImportResult second = model.importDemoPlant();
        // 10 equipment classes + 1 endpoint + enterprise + site + 5 shops + 5 lines + 48 stations + 56 pieces of
        // equipment + 781 tags
        // (the equipment classes may be left from an earlier test of this class: then they are unchanged)
        assertThat(first.created() + first.unchanged()).isEqualTo(10 + 1 + 2 + 5 + 5 + 48 + 56 + 781);
        assertThat(first.created()).isGreaterThanOrEqualTo(1 + 2 + 5 + 5 + 48 + 56 + 781);
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.unchanged()).isEqualTo(10 + 1 + 2 + 5 + 5 + 48 + 56 + 781);
        assertThat(model.assets(AssetLevel.AREA))
                .extracting(AssetView::code)
                .containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
        assertThat(model.tags()).hasSize(781).allSatisfy(tag -> assertThat(tag.endpoint())
                .isEqualTo("simulator"));
    }

    @Test
    void changesWhatDiffersAndLeavesTheRest() {
        model.importDemoPlant();
        String renamedShop = """
                {"endpoints":[{"name":"simulator","url":"opc.tcp://localhost:4840"}],
                 "assets":[{"level":"ENTERPRISE","code":"TAKTLINE","name":"Taktline Motors","children":[
                   {"level":"SITE","code":"PLANT1","name":"Plant 1",
                    "description":"Demo car plant: the five shops of the Taktline plant simulator","children":[
                     {"level":"AREA","code":"PAINT","name":"Paint shop 2","order":3}]}]}]}
                """;

        ImportResult result = model.importModel(new StringReader(renamedShop));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.created()).isZero();
        assertThat(model.assets(AssetLevel.AREA)).extracting(AssetView::name).contains("Paint shop 2");
    }

    @Test
    void appliesNothingWhenAnyPartOfTheModelIsWrong() {
        String brokenHalfway = """
                {"endpoints":[{"name":"plc","url":"opc.tcp://plc:4840"}],
                 "assets":[{"level":"ENTERPRISE","code":"ACME","name":"Acme","children":[
                   {"level":"SITE","code":"S1","name":"Site 1","tags":[
                     {"name":"x","role":"STATE","endpoint":"nowhere","node":"nsu=urn:a;s=x","dataType":"Int32"}]}]}]}
                """;

        assertThatThrownBy(() -> model.importModel(new StringReader(brokenHalfway)))
                .hasMessageContaining("names endpoint 'nowhere' that the model does not define");
        assertThat(model.isEmpty()).isTrue();
    }

    @Test
    void loadsTheWholeTreeInOneStatement() {
        model.importDemoPlant();
        store.statistics().setStatisticsEnabled(true);
        store.statistics().clear();

        assertThat(model.assets()).hasSize(2 + 5 + 5 + 48 + 56);

        assertThat(store.statistics().getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void loadsATenThousandAssetModelInAConstantNumberOfStatements() throws Exception {
        try (var connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("""
                    insert into asset (level, code, name, sort_order, path) values ('ENTERPRISE', 'BIG', 'Big', 1, 'BIG');
                    insert into asset (parent_id, level, code, name, sort_order, path)
                        select id, 'SITE', 'S1', 'Site 1', 1, 'BIG/S1' from asset where path = 'BIG';
                    insert into asset (parent_id, level, code, name, sort_order, path)
                        select s.id, 'AREA', 'A' || a, 'Area ' || a, a, 'BIG/S1/A' || a
                        from asset s, generate_series(1, 10) a where s.path = 'BIG/S1';
                    insert into asset (parent_id, level, code, name, sort_order, path)
                        select ar.id, 'LINE', 'L' || l, 'Line ' || l, l, ar.path || '/L' || l
                        from asset ar, generate_series(1, 10) l where ar.level = 'AREA';
                    insert into asset (parent_id, level, code, name, sort_order, path)
                        select li.id, 'WORK_CELL', 'C' || c, 'Cell ' || c, c, li.path || '/C' || c
                        from asset li, generate_series(1, 99) c where li.level = 'LINE';
                    insert into opcua_endpoint (name, url) values ('plc', 'opc.tcp://plc:4840');
                    insert into tag (asset_id, name, role, endpoint_id, namespace_uri, node_identifier, data_type)
                        select a.id, 'State', 'STATE', e.id, 'urn:plc', 's=' || a.path || '/State', 'Int32'
                        from asset a, opcua_endpoint e where a.level = 'WORK_CELL';
                    """);
        }
        store.statistics().setStatisticsEnabled(true);
        model.assets(); // warm-up: the first load also compiles the queries
        store.statistics().clear();

        long start = System.nanoTime();
        List<AssetView> assets = model.assets();
        long assetsMillis = (System.nanoTime() - start) / 1_000_000;
        long assetStatements = store.statistics().getPrepareStatementCount();
        store.statistics().clear();
        start = System.nanoTime();
        String exported = model.export();
        long exportMillis = (System.nanoTime() - start) / 1_000_000;
        long exportStatements = store.statistics().getPrepareStatementCount();

        assertThat(assets).hasSize(2 + 10 + 100 + 9900);
        assertThat(assetStatements).isEqualTo(1);
        // classes (with templates), endpoints, assets, tags with their assets and endpoints
        assertThat(exportStatements).isEqualTo(4);
        assertThat(exported).contains("BIG/S1/A10/L10/C99/State");
        System.out.printf(
                "10,012-asset model: tree loaded in %d ms (%d statement), exported with 9,900 tags in %d ms"
                        + " (%d statements)%n",
                assetsMillis, assetStatements, exportMillis, exportStatements);
    }

    @Test
    void movesTheSimulatorEndpointToItsActualPort() {
        model.importDemoPlant();
        List<ModelChange> announced = new java.util.concurrent.CopyOnWriteArrayList<>();
        model.onChange(announced::addAll);

        assertThat(model.moveEndpoint("simulator", "opc.tcp://localhost:48999")).isTrue();
        // The connectors follow announced changes: a move they did not hear of would keep the old address.
        assertThat(announced).singleElement().satisfies(change -> assertThat(change.after())
                .isEqualTo("opc.tcp://localhost:48999"));
        assertThat(model.moveEndpoint("simulator", "opc.tcp://localhost:48999")).isTrue();
        assertThat(announced).as("moving to the same address announces nothing").hasSize(1);
        assertThat(model.moveEndpoint("no-such-endpoint", "opc.tcp://localhost:1"))
                .isFalse();
        assertThat(model.tags())
                .allSatisfy(tag -> assertThat(tag.endpointUrl()).isEqualTo("opc.tcp://localhost:48999"));
    }
}
