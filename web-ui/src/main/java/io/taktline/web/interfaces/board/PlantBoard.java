package io.taktline.web.interfaces.board;

import io.taktline.connect.Sample;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.live.LiveAssets;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.takt.LineTakt;
import io.taktline.web.interfaces.board.ShopTile.LineTile;
import io.taktline.web.plant.LiveValues;
import io.taktline.web.plant.PlantConfiguration;
import io.taktline.web.plant.PlantConnectors;
import io.taktline.web.plant.PlantDatabase;
import io.taktline.web.plant.PlantModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plant board: built per request from the model snapshot, the live values and each station's
 * live state (as the signal interpreter derived it with its class's mapping); the lines' takt
 * figures are the only database reads, one count per line.
 */
@Named
@RequestScoped
public class PlantBoard {

    private static final Logger LOG = Logger.getLogger(PlantBoard.class.getName());

    @Inject
    PlantConfiguration configuration;

    @Inject
    Clock clock;

    @Inject
    PlantDatabase database;

    @Inject
    PlantModel plantModel;

    @Inject
    PlantConnectors connectors;

    @Inject
    LiveValues live;

    @Inject
    LiveAssets liveAssets;

    @Inject
    LineTakt lineTakt;

    private List<ShopTile> shops;

    public List<ShopTile> getShops() {
        if (shops == null) {
            shops = configuration.valid() ? shops() : List.of();
        }
        return shops;
    }

    /** The bundle key of what keeps the board from showing the plant, or empty when nothing does. */
    public String getProblem() {
        if (!configuration.valid()) {
            return "board.notStarted";
        }
        return database.problem().isPresent() ? "board.databaseDown" : "";
    }

    /** What the problem is, as Taktline found it (a setting, the database's answer). */
    public String getProblemDetail() {
        if (!configuration.valid()) {
            return configuration.problem().orElse("");
        }
        return database.problem().orElse("");
    }

    /** The time of this reading, in the plant's time zone. */
    public String getUpdatedAt() {
        return LocalTime.ofInstant(clock.instant(), configuration.plantZone())
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_TIME);
    }

    private List<ShopTile> shops() {
        ModelSnapshot model = plantModel.snapshot();
        // Subscriptions report changes only, so an old value is still the current one while its connector is up.
        Set<String> connected = connectors.connectedEndpoints();
        return model.assets().stream()
                .filter(asset -> asset.level() == AssetLevel.AREA)
                .sorted(java.util.Comparator.comparingInt(AssetView::sortOrder))
                .map(shop -> new ShopTile(
                        shop.id(),
                        shop.code(),
                        shop.name(),
                        model.childrenOf(shop).stream()
                                .map(line -> lineOf(line, model, connected))
                                .toList()))
                .toList();
    }

    private LineTile lineOf(AssetView line, ModelSnapshot model, Set<String> connected) {
        ShopTile.TaktLine takt = null;
        boolean behind = false;
        if (database.database().isPresent()) {
            try {
                LineTakt.Report report = lineTakt.at(
                        line, LineTakt.countingStation(line, model.assets(), model.tags()), clock.instant());
                if (report.shift() != null && report.taktSeconds() != null && report.actual() != null) {
                    String shift = report.shift().crew() == null
                            ? report.shift().name()
                            : report.shift().name() + " (" + report.shift().crew() + ")";
                    takt = new ShopTile.TaktLine(
                            shift,
                            Math.round(report.taktSeconds()),
                            report.actual(),
                            report.shouldBe(),
                            report.planned());
                    behind = report.gap() != null && report.gap() < 0;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "no takt for line " + line.path() + " on the board", e);
            }
        }
        return new LineTile(
                line.id(),
                line.code(),
                line.name(),
                takt,
                behind,
                model.childrenOf(line).stream()
                        .map(station -> stationOf(station, model, connected))
                        .toList());
    }

    private StationTile stationOf(AssetView station, ModelSnapshot model, Set<String> connectedEndpoints) {
        List<TagView> tags = model.tagsOf(station);
        Optional<Sample> count = latest(tags, TagRole.PART_COUNTER);
        Optional<TagView> process =
                tags.stream().filter(t -> t.role() == TagRole.PROCESS_VALUE).findFirst();
        Optional<Sample> processSample = process.flatMap(t -> live.latest(t.id()));
        EquipmentState current = LineBoards.liveState(station, model, connectedEndpoints, liveAssets);
        return new StationTile(
                station.id(),
                station.code(),
                station.name(),
                current,
                count.map(s -> String.valueOf((long) s.value())).orElse("—"),
                process.map(TagView::name).orElse(""),
                processSample.map(s -> format(s.value())).orElse("—"),
                process.map(TagView::unit).orElse(""));
    }

    private Optional<Sample> latest(List<TagView> tags, TagRole role) {
        return tags.stream().filter(t -> t.role() == role).findFirst().flatMap(t -> live.latest(t.id()));
    }

    private static String format(double value) {
        DecimalFormat format =
                new DecimalFormat(Math.abs(value) >= 100 ? "0" : "0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
