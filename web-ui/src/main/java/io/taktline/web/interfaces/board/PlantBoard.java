package io.taktline.web.interfaces.board;

import io.taktline.connect.ConnectionState;
import io.taktline.connect.ConnectorStatus;
import io.taktline.connect.Quality;
import io.taktline.connect.Sample;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateMapping;
import io.taktline.web.interfaces.board.ShopTile.LineTile;
import io.taktline.web.plant.LiveValues;
import io.taktline.web.plant.PlantLifecycle;
import io.taktline.web.plant.PlantRuntime;
import io.taktline.web.plant.PlantRuntime.ModelSnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The plant board: built per request from the model snapshot and the live values, no database reads. */
@Named
@RequestScoped
public class PlantBoard {

    private static final StateMapping STATES = StateMapping.TAKTLINE_SIMULATOR;

    @Inject
    PlantLifecycle plant;

    private List<ShopTile> shops;

    public List<ShopTile> getShops() {
        if (shops == null) {
            shops = plant.runtime().map(PlantBoard::shopsOf).orElse(List.of());
        }
        return shops;
    }

    /** What keeps the board from showing the plant, or empty when nothing does. */
    public String getProblem() {
        Optional<PlantRuntime> runtime = plant.runtime();
        if (runtime.isEmpty()) {
            return "Taktline is not started: " + plant.configurationProblem().orElse("still starting");
        }
        return runtime.get()
                .databaseProblem()
                .map(p -> "Database unavailable: " + p)
                .orElse("");
    }

    public String getUpdatedAt() {
        return LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_TIME);
    }

    private static List<ShopTile> shopsOf(PlantRuntime runtime) {
        ModelSnapshot model = runtime.model();
        LiveValues live = runtime.live();
        // Subscriptions report changes only, so an old value is still the current one while its connector is up.
        Set<String> connected = runtime.connectorStatus().stream()
                .filter(status -> status.state() == ConnectionState.CONNECTED)
                .map(ConnectorStatus::endpointName)
                .collect(Collectors.toSet());
        return model.assets().stream()
                .filter(asset -> asset.level() == AssetLevel.AREA)
                .sorted(java.util.Comparator.comparingInt(AssetView::sortOrder))
                .map(shop -> new ShopTile(
                        shop.code(),
                        shop.name(),
                        model.childrenOf(shop).stream()
                                .map(line -> new LineTile(
                                        line.code(),
                                        line.name(),
                                        model.childrenOf(line).stream()
                                                .map(station -> stationOf(station, model, live, connected))
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static StationTile stationOf(
            AssetView station, ModelSnapshot model, LiveValues live, Set<String> connectedEndpoints) {
        List<TagView> tags = model.tagsOf(station);
        Optional<TagView> stateTag =
                tags.stream().filter(t -> t.role() == TagRole.STATE).findFirst();
        Optional<Sample> state =
                stateTag.filter(t -> connectedEndpoints.contains(t.endpoint())).flatMap(t -> live.latest(t.id()));
        Optional<Sample> count = latest(tags, TagRole.PART_COUNTER, live);
        Optional<TagView> process =
                tags.stream().filter(t -> t.role() == TagRole.PROCESS_VALUE).findFirst();
        Optional<Sample> processSample = process.flatMap(t -> live.latest(t.id()));
        EquipmentState current = state.filter(s -> s.quality() != Quality.BAD)
                .map(s -> STATES.stateOf(s.value()))
                .orElse(EquipmentState.OFFLINE);
        return new StationTile(
                station.code(),
                station.name(),
                current,
                count.map(s -> String.valueOf((long) s.value())).orElse("—"),
                process.map(TagView::name).orElse(""),
                processSample.map(s -> format(s.value())).orElse("—"),
                process.map(TagView::unit).orElse(""));
    }

    private static Optional<Sample> latest(List<TagView> tags, TagRole role, LiveValues live) {
        return tags.stream().filter(t -> t.role() == role).findFirst().flatMap(t -> live.latest(t.id()));
    }

    private static String format(double value) {
        DecimalFormat format =
                new DecimalFormat(Math.abs(value) >= 100 ? "0" : "0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
