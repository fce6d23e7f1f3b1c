package io.taktline.web.interfaces.board;

import io.taktline.core.andon.AndonCalls;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.asset.TagRole;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.live.LiveAssets;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.takt.LineTakt;
import io.taktline.web.interfaces.board.LineBoardSnapshot.CallPart;
import io.taktline.web.interfaces.board.LineBoardSnapshot.Figures;
import io.taktline.web.interfaces.board.LineBoardSnapshot.ShiftPart;
import io.taktline.web.interfaces.board.LineBoardSnapshot.StationPart;
import io.taktline.web.interfaces.board.LineBoardSnapshot.StopPart;
import io.taktline.web.plant.PlantConfiguration;
import io.taktline.web.plant.PlantConnectors;
import io.taktline.web.plant.PlantModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a line's andon board shows: its stations in their states, the takt clock, the shift's
 * counts, running stops and open andon calls ({@link BoardScreens} pushes it to the screens).
 */
@ApplicationScoped
public class LineBoards {

    private static final Logger LOG = Logger.getLogger(LineBoards.class.getName());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    PlantConfiguration configuration;

    @Inject
    PlantModel plantModel;

    @Inject
    PlantConnectors connectors;

    @Inject
    LiveAssets live;

    @Inject
    LineTakt lineTakt;

    @Inject
    Downtime downtime;

    @Inject
    AndonCalls andon;

    @Inject
    Clock clock;

    /**
     * The board of a line now, or empty when {@code lineId} is not a line of the model.
     *
     * @throws io.taktline.core.asset.AssetModelException when there is no asset with that id
     */
    public Optional<LineBoardSnapshot> snapshot(long lineId) {
        ModelSnapshot model = plantModel.snapshot();
        AssetView line = model.find(lineId);
        if (line.level() != AssetLevel.LINE) {
            return Optional.empty();
        }
        return Optional.of(snapshot(line, model));
    }

    /** The board of {@code line} in {@code model}. */
    LineBoardSnapshot snapshot(AssetView line, ModelSnapshot model) {
        Instant now = clock.instant();
        ZoneId zone = configuration.plantZone();
        Set<String> connected = connectors.connectedEndpoints();
        List<AssetView> stations = model.childrenOf(line).stream()
                .filter(a -> a.level() == AssetLevel.WORK_CELL)
                .sorted(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code))
                .toList();
        List<StationPart> parts =
                stations.stream().map(s -> station(s, model, connected)).toList();
        String shop =
                model.enclosing(line, AssetLevel.AREA).map(AssetView::name).orElse("");
        ShiftPart shift = null;
        Figures figures = null;
        List<StopPart> stops = List.of();
        List<CallPart> calls = List.of();
        String problem;
        try {
            LineTakt.Report report =
                    lineTakt.at(line, LineTakt.countingStation(line, model.assets(), model.tags()), now);
            shift = shift(report, zone);
            figures = figures(report);
            problem = report.shift() == null
                    ? "NO_SHIFT"
                    : report.taktSeconds() == null ? "NO_PLAN" : report.actual() == null ? "NO_COUNTER" : null;
            stops = openStops(stations, now);
            calls = openCalls(stations);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no figures for the board of line " + line.path(), e);
            problem = "DATABASE";
        }
        return new LineBoardSnapshot(
                line.id(),
                line.name(),
                shop,
                now.toEpochMilli(),
                zone.getId(),
                shift,
                figures,
                parts,
                stops,
                calls,
                problem);
    }

    StationPart station(AssetView station, ModelSnapshot model, Set<String> connected) {
        EquipmentState state = liveState(station, model, connected, live);
        Instant since = state == EquipmentState.OFFLINE
                ? null
                : live.of(station.id()).map(LiveAssets.AssetLive::since).orElse(null);
        return new StationPart(
                station.id(),
                station.code(),
                station.name(),
                state.name(),
                Signal.of(state).name(),
                since == null ? null : since.toEpochMilli());
    }

    /**
     * A station's state as the boards show it: the interpreter's, while a connector that reads its
     * state is connected (a subscription reports changes only, so an old value is current while it
     * is); OFFLINE otherwise.
     */
    static EquipmentState liveState(
            AssetView station, ModelSnapshot model, Set<String> connectedEndpoints, LiveAssets live) {
        boolean connected = model.tagsOf(station).stream()
                .filter(t -> t.role() == TagRole.STATE || t.role() == TagRole.MACHINERY_ITEM_STATE)
                .anyMatch(t -> connectedEndpoints.contains(t.endpoint()));
        if (!connected) {
            return EquipmentState.OFFLINE;
        }
        return live.of(station.id()).map(LiveAssets.AssetLive::state).orElse(EquipmentState.OFFLINE);
    }

    private static ShiftPart shift(LineTakt.Report report, ZoneId zone) {
        if (report.shift() == null) {
            return null;
        }
        LineTakt.ShiftRef shift = report.shift();
        return new ShiftPart(
                shift.name(),
                shift.crew(),
                CLOCK.format(shift.start().atZone(zone)),
                CLOCK.format(shift.end().atZone(zone)),
                shift.overtime());
    }

    private static Figures figures(LineTakt.Report report) {
        if (report.shift() == null) {
            return null;
        }
        Double left = null;
        if (report.taktSeconds() != null && report.netElapsedSeconds() != null && report.taktSeconds() > 0) {
            double into = report.netElapsedSeconds() % report.taktSeconds();
            left = Math.ceil(report.taktSeconds() - into);
        }
        return new Figures(
                report.taktSeconds(),
                left,
                report.planned(),
                report.shouldBe(),
                report.actual(),
                report.gap(),
                report.gap() != null && report.gap() < 0);
    }

    private List<StopPart> openStops(List<AssetView> stations, Instant now) {
        if (stations.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        stations.forEach(s -> names.put(s.id(), s.name()));
        List<StoredStop> found = downtime.stops(names.keySet(), now, now.plusMillis(1), false);
        return found.stream()
                .filter(StoredStop::isOpen)
                .map(stop -> new StopPart(
                        stop.id().value(),
                        stop.assetId(),
                        names.get(stop.assetId()),
                        stop.start().toEpochMilli(),
                        stop.reason() == null ? null : stop.reason().code(),
                        stop.reason() == null ? null : stop.reason().name(),
                        stop.event().faultCode()))
                .toList();
    }

    private List<CallPart> openCalls(List<AssetView> stations) {
        Map<Long, String> names = new HashMap<>();
        stations.forEach(s -> names.put(s.id(), s.name()));
        return andon.open(names.keySet()).stream()
                .map(call -> new CallPart(
                        call.id().value(),
                        call.stationId(),
                        names.get(call.stationId()),
                        call.kind().name(),
                        call.state().name(),
                        call.raisedAt().toEpochMilli(),
                        call.acknowledgedBy()))
                .toList();
    }
}
