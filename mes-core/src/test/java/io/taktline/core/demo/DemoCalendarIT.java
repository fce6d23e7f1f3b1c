package io.taktline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.infrastructure.JpaAssetRepository;
import io.taktline.core.infrastructure.JpaStore;
import io.taktline.core.shift.*;
import io.taktline.core.shift.infrastructure.JdbcShiftPlanning;
import io.taktline.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo plant's lines with the demo calendar and plan, on the real schema. */
class DemoCalendarIT {

    private static Database database;
    private static JpaStore store;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("demo-calendar");
        store = new JpaStore(database.dataSource(), AssetModel.ENTITIES);
    }

    @AfterAll
    static void closeDatabase() {
        store.close();
        database.close();
    }

    @Test
    void everyDemoLineGetsThreeShiftsADayAndAPlanFromItsSlowestStation() {
        AssetModel model = new AssetModel(store, JpaAssetRepository::new);
        model.importDemoPlant();
        AssetView body = model.assets(AssetLevel.AREA).stream()
                .filter(a -> a.code().equals("BODY"))
                .findFirst()
                .orElseThrow();
        AssetView bare = model.putAsset(
                body.id(),
                "{\"level\": \"LINE\", \"code\": \"SPARE\", \"name\": \"Spare line\", \"children\": []}",
                "test");
        model.putAsset(bare.id(), "{\"level\": \"WORK_CELL\", \"code\": \"ST1\", \"name\": \"Station 1\"}", "test");
        ShiftPlanning planning = new JdbcShiftPlanning(database.dataSource());

        DemoCalendar.install(model, planning);

        Instant now = Instant.now();
        List<AssetView> stations = model.assets(AssetLevel.WORK_CELL);
        for (AssetView line : model.assets(AssetLevel.LINE)) {
            List<ScheduledShift> today =
                    planning.scheduled(line.id(), now.minus(Duration.ofHours(12)), now.plus(Duration.ofHours(12)));
            assertThat(today).as(line.path()).hasSizeBetween(3, 4).allSatisfy(s -> assertThat(
                            s.shift().netAvailableTime())
                    .isEqualTo(Duration.ofMinutes(420)));
            assertThat(planning.shiftAt(line.id(), now))
                    .as("a demo line always has a shift")
                    .isPresent();
            double slowest = stations.stream()
                    .filter(s -> Objects.equals(s.parentId(), line.id()))
                    .map(s -> model.attributes(s.id()).get("idealCycleTimeSeconds"))
                    .filter(Objects::nonNull)
                    .mapToDouble(Double::parseDouble)
                    .max()
                    .orElse(Double.NaN);
            Integer expected = Double.isNaN(slowest) ? null : (int) Math.floor(25_200 / slowest * 0.85);
            assertThat(today).as(line.path()).allSatisfy(s -> assertThat(s.demand())
                    .isEqualTo(expected));
        }
        assertThat(planning.scheduledAt(bare.id(), now).orElseThrow().demand()).isNull();
        assertThat(model.assets(AssetLevel.LINE))
                .filteredOn(l -> l.id() != bare.id())
                .allSatisfy(l -> assertThat(
                                planning.scheduledAt(l.id(), now).orElseThrow().demand())
                        .as(l.path() + " has stations with an ideal cycle time")
                        .isNotNull());
    }
}
