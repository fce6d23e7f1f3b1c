package io.taktline.web.interfaces.board;

import io.taktline.core.access.Identity;
import io.taktline.core.andon.AndonCall;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.live.AssetEvent;
import io.taktline.web.interfaces.page.EventStreams;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.plant.PlantConnectors;
import io.taktline.web.plant.PlantModel;
import io.taktline.web.plant.PlantScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The event streams that push the lines' boards to the screens above the lines. A station's state
 * change goes out as a {@code station} event the moment the interpreter fires it; every second each
 * watched line gets a {@code snapshot} (takt clock, counts, running stops, open andon calls),
 * computed once for all of its screens, and at once when an andon call of the line changes. A
 * screen whose sign-in is revoked gets {@code signedOut} and its stream is closed; the screens of a
 * line removed from the model get {@code gone}.
 */
@ApplicationScoped
public class BoardScreens {

    private static final Logger LOG = Logger.getLogger(BoardScreens.class.getName());

    @Inject
    LineBoards boards;

    @Inject
    PlantModel plantModel;

    @Inject
    PlantConnectors connectors;

    @Inject
    AccessCache access;

    @Inject
    PlantScheduler scheduler;

    private final Jsonb json = JsonbBuilder.create();
    private final EventStreams<Long> screens = new EventStreams<>();
    private final AtomicBoolean ticking = new AtomicBoolean();

    /**
     * Adds a screen to a line's stream and sends it the board at once.
     *
     * @param lineId a line of the model (the caller checked)
     */
    public void watch(long lineId, LineBoardSnapshot first, Identity identity, SseEventSink sink, Sse sse) {
        screens.add(lineId, sink, identity, sse, "snapshot", json.toJson(first));
        if (ticking.compareAndSet(false, true)) {
            scheduler.every("push the lines' andon boards", this::tick, 1, TimeUnit.SECONDS);
        }
    }

    /** A station changed state: its line's screens hear it now. */
    void stateChanged(@ObservesAsync AssetEvent.StateChanged event) {
        if (screens.isEmpty()) {
            return;
        }
        ModelSnapshot model = plantModel.snapshot();
        Optional<AssetView> station = model.asset(event.assetId()).filter(a -> a.level() == AssetLevel.WORK_CELL);
        Optional<AssetView> line = station.flatMap(model::lineOf);
        if (line.isEmpty() || !screens.watched(line.get().id())) {
            return;
        }
        String data = json.toJson(boards.station(station.get(), model, connectors.connectedEndpoints()));
        screens.broadcast(line.get().id(), "station", data);
    }

    /** An andon call was raised, acknowledged or closed: its line's screens get the board now. */
    void andonChanged(@ObservesAsync AndonCall call) {
        if (screens.isEmpty()) {
            return;
        }
        ModelSnapshot model = plantModel.snapshot();
        model.asset(call.stationId())
                .flatMap(model::lineOf)
                .filter(line -> screens.watched(line.id()))
                .ifPresent(line -> screens.broadcast(line.id(), "snapshot", json.toJson(boards.snapshot(line, model))));
    }

    private void tick() {
        if (screens.isEmpty()) {
            return;
        }
        ModelSnapshot model = plantModel.snapshot();
        for (Long lineId : screens.keys()) {
            Optional<AssetView> line = model.asset(lineId).filter(a -> a.level() == AssetLevel.LINE);
            if (line.isEmpty()) {
                // The line was removed from the model: its screens reload and say so.
                screens.broadcast(lineId, "gone", "{}");
                screens.closeAll(lineId);
                continue;
            }
            screens.signOutInvalid(lineId, identity -> access.current(identity).isPresent());
            screens.broadcast(lineId, "snapshot", json.toJson(boards.snapshot(line.get(), model)));
        }
    }

    /** How many screens watch the lines now (all lines together). */
    public int screens() {
        return screens.size();
    }

    @PreDestroy
    void closeStreams() {
        screens.closeAll();
        try {
            json.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing JSON-B", e);
        }
    }
}
