package io.taktline.core.live;

import io.taktline.core.oee.PartKind;
import io.taktline.core.state.EquipmentState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live view of every asset with a state or a counter: its state and since when, and the parts
 * it counted since Taktline started, kept current by the signal interpreter. Reads take constant
 * time (the board asks for every station every two seconds); every change is also handed to the
 * listeners, which turn it into CDI events.
 */
public final class LiveAssets {

    private static final Logger LOG = Logger.getLogger(LiveAssets.class.getName());

    /**
     * @param state the state now, null before the first value
     * @param lastPart when it last counted a part, null before the first
     * @param produced parts counted since Taktline started (good and scrap likewise, where counted)
     */
    public record AssetLive(
            long assetId, EquipmentState state, Instant since, Instant lastPart, long produced, long good, long scrap) {

        static AssetLive empty(long assetId) {
            return new AssetLive(assetId, null, null, null, 0, 0, 0);
        }

        AssetLive in(EquipmentState newState, Instant at) {
            return new AssetLive(assetId, newState, at, lastPart, produced, good, scrap);
        }

        AssetLive counted(PartKind kind, long parts, Instant at) {
            return switch (kind) {
                case PRODUCED ->
                    new AssetLive(assetId, state, since, later(lastPart, at), produced + parts, good, scrap);
                case GOOD -> new AssetLive(assetId, state, since, lastPart, produced, good + parts, scrap);
                case SCRAP -> new AssetLive(assetId, state, since, lastPart, produced, good, scrap + parts);
            };
        }

        private static Instant later(Instant a, Instant b) {
            return a == null || b.isAfter(a) ? b : a;
        }
    }

    private final Map<Long, AssetLive> live = new ConcurrentHashMap<>();
    private final List<Consumer<AssetEvent>> listeners = new CopyOnWriteArrayList<>();

    public Optional<AssetLive> of(long assetId) {
        return Optional.ofNullable(live.get(assetId));
    }

    /** Tells {@code listener} every change from now on, on the interpreter's thread: it must not block. */
    public void onEvent(Consumer<AssetEvent> listener) {
        listeners.add(listener);
    }

    public void stateChanged(long assetId, EquipmentState from, EquipmentState to, Instant at) {
        live.compute(assetId, (id, now) -> (now == null ? AssetLive.empty(id) : now).in(to, at));
        tell(new AssetEvent.StateChanged(assetId, from, to, at));
    }

    public void partsCounted(long assetId, PartKind kind, long parts, Instant at) {
        live.compute(assetId, (id, now) -> (now == null ? AssetLive.empty(id) : now).counted(kind, parts, at));
        tell(new AssetEvent.PartsCounted(assetId, kind, parts, at));
    }

    private void tell(AssetEvent event) {
        for (Consumer<AssetEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of the live asset view failed on " + event, e);
            }
        }
    }
}
