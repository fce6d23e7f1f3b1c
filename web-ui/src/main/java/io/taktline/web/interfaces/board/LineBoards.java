package io.taktline.web.interfaces.board;

import io.taktline.core.access.Identity;
import io.taktline.core.andon.AndonCall;
import io.taktline.core.andon.AndonCalls;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.asset.TagRole;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.live.AssetEvent;
import io.taktline.core.live.LiveAssets;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.takt.LineTakt;
import io.taktline.web.interfaces.board.LineBoardSnapshot.CallPart;
import io.taktline.web.interfaces.board.LineBoardSnapshot.Figures;
import io.taktline.web.interfaces.board.LineBoardSnapshot.ShiftPart;
import io.taktline.web.interfaces.board.LineBoardSnapshot.StationPart;
import io.taktline.web.interfaces.board.LineBoardSnapshot.StopPart;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.plant.PlantConfiguration;
import io.taktline.web.plant.PlantConnectors;
import io.taktline.web.plant.PlantModel;
import io.taktline.web.plant.PlantScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lines' andon boards: what a board shows ({@link #snapshot}) and the event streams that push
 * it to the screens above the lines. A station's state change goes out as a {@code station} event
 * the moment the interpreter fires it; every second each watched line gets a {@code snapshot} (takt
 * clock, counts, running stops, open andon calls), computed once for all of its screens, and at
 * once when an andon call of the line changes. A screen whose sign-in is
 * revoked gets {@code signedOut} and its stream is closed.
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
    AccessCache access;

    @Inject
    PlantScheduler scheduler;

    @Inject
    Clock clock;

    private final Jsonb json = JsonbBuilder.create();
    private final Map<Long, List<Screen>> screens = new ConcurrentHashMap<>();
    private final AtomicBoolean ticking = new AtomicBoolean();
    private volatile Sse sse;

    /** A screen watching a line: its stream and who signed it in. */
    private record Screen(SseEventSink sink, Identity identity) {}

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

    private LineBoardSnapshot snapshot(AssetView line, ModelSnapshot model) {
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

    private StationPart station(AssetView station, ModelSnapshot model, Set<String> connected) {
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
        Map<Long, String> names = new java.util.HashMap<>();
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
        Map<Long, String> names = new java.util.HashMap<>();
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

    /**
     * Adds a screen to a line's stream and sends it the board at once.
     *
     * @param lineId a line of the model (the caller checked)
     */
    public void watch(long lineId, LineBoardSnapshot first, Identity identity, SseEventSink sink, Sse sse) {
        this.sse = sse;
        Screen screen = new Screen(sink, identity);
        screens.computeIfAbsent(lineId, id -> new CopyOnWriteArrayList<>()).add(screen);
        send(lineId, screen, event("snapshot", json.toJson(first)));
        if (ticking.compareAndSet(false, true)) {
            scheduler.every("push the lines' andon boards", this::tick, 1, TimeUnit.SECONDS);
        }
    }

    /** A station changed state: its line's screens hear it now. */
    void stateChanged(@ObservesAsync AssetEvent.StateChanged event) {
        if (screens.isEmpty() || sse == null) {
            return;
        }
        ModelSnapshot model = plantModel.snapshot();
        Optional<AssetView> station = model.asset(event.assetId()).filter(a -> a.level() == AssetLevel.WORK_CELL);
        Optional<AssetView> line = station.flatMap(model::lineOf);
        if (line.isEmpty() || !screens.containsKey(line.get().id())) {
            return;
        }
        String data = json.toJson(station(station.get(), model, connectors.connectedEndpoints()));
        broadcast(line.get().id(), event("station", data));
    }

    /** An andon call was raised, acknowledged or closed: its line's screens get the board now. */
    void andonChanged(@ObservesAsync AndonCall call) {
        if (screens.isEmpty() || sse == null) {
            return;
        }
        ModelSnapshot model = plantModel.snapshot();
        model.asset(call.stationId())
                .flatMap(model::lineOf)
                .filter(line -> screens.containsKey(line.id()))
                .ifPresent(line -> broadcast(line.id(), event("snapshot", json.toJson(snapshot(line, model)))));
    }

    private void tick() {
        if (screens.isEmpty()) {
            return;
        }
        ModelSnapshot model = plantModel.snapshot();
        for (Long lineId : screens.keySet()) {
            Optional<AssetView> line = model.asset(lineId).filter(a -> a.level() == AssetLevel.LINE);
            if (line.isEmpty()) {
                // The line was removed from the model: its screens reload and say so.
                broadcast(lineId, event("gone", "{}"));
                closeAll(lineId);
                continue;
            }
            for (Screen screen : screens.getOrDefault(lineId, List.of())) {
                if (access.current(screen.identity()).isEmpty()) {
                    send(lineId, screen, event("signedOut", "{}"));
                    close(lineId, screen);
                }
            }
            broadcast(lineId, event("snapshot", json.toJson(snapshot(line.get(), model))));
        }
    }

    private OutboundSseEvent event(String name, String data) {
        return sse.newEventBuilder()
                .name(name)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, data)
                .build();
    }

    private void broadcast(long lineId, OutboundSseEvent event) {
        for (Screen screen : screens.getOrDefault(lineId, List.of())) {
            send(lineId, screen, event);
        }
    }

    private void send(long lineId, Screen screen, OutboundSseEvent event) {
        if (screen.sink().isClosed()) {
            close(lineId, screen);
            return;
        }
        screen.sink().send(event).whenComplete((done, failure) -> {
            if (failure != null) {
                // The screen went away (closed, reloaded, network): forget it.
                close(lineId, screen);
            }
        });
    }

    private void close(long lineId, Screen screen) {
        List<Screen> watching = screens.get(lineId);
        if (watching != null) {
            watching.remove(screen);
            screens.computeIfPresent(lineId, (id, list) -> list.isEmpty() ? null : list);
        }
        try {
            screen.sink().close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing a board stream", e);
        }
    }

    private void closeAll(long lineId) {
        for (Screen screen : screens.getOrDefault(lineId, List.of())) {
            close(lineId, screen);
        }
    }

    /** How many screens watch each line, for the metrics and the tests. */
    public int screens() {
        return screens.values().stream().mapToInt(List::size).sum();
    }

    @PreDestroy
    void closeStreams() {
        screens.keySet().forEach(this::closeAll);
        try {
            json.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing JSON-B", e);
        }
    }
}
