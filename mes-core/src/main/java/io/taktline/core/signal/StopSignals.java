package io.taktline.core.signal;

import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.StopChange;
import io.taktline.core.downtime.StopDetector;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.storage.StorageException;
import io.taktline.core.storage.StorageRefusedException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The downtime side of the signal interpreter: a {@link StopDetector} per asset with a STATE tag, fed
 * with the asset's state changes and with the fault codes of the asset and of its child equipment;
 * what they detect is stored in the order it happened, and kept and retried while the database
 * refuses it. Used by the interpreter's one thread, except {@link #follow}.
 */
final class StopSignals {

    private static final Logger LOG = Logger.getLogger(StopSignals.class.getName());
    /** Stop changes kept while the database is away; beyond this they are dropped, and the drops logged. */
    static final int MAX_PENDING = 100_000;

    /** Whose stops a FAULT_CODE tag speaks for: its asset's and its parent's (those with a STATE tag). */
    private record FaultSource(List<Long> assets, String equipmentClass) {}

    private final Downtime downtime;
    private final Map<Long, StopDetector> detectors = new HashMap<>();
    private final Deque<StopChange> pending = new ArrayDeque<>();
    private volatile Map<Long, FaultSource> faultSources = Map.of();
    private Instant latestSourceTime = Instant.EPOCH;
    private long dropped;
    private String failure;

    StopSignals(Downtime downtime) {
        this.downtime = downtime;
    }

    /** Follows the model: which FAULT_CODE tags speak for which assets' stops. */
    void follow(List<TagView> tags, List<AssetView> assets, Map<Long, String> equipmentClasses) {
        Map<Long, Long> parents = new HashMap<>();
        assets.forEach(a -> parents.put(a.id(), a.parentId()));
        Set<Long> withState = new HashSet<>();
        tags.stream().filter(t -> t.role() == TagRole.STATE).forEach(t -> withState.add(t.assetId()));
        Map<Long, FaultSource> sources = new HashMap<>();
        for (TagView tag : tags) {
            if (tag.role() != TagRole.FAULT_CODE) {
                continue;
            }
            List<Long> owners = new ArrayList<>();
            if (withState.contains(tag.assetId())) {
                owners.add(tag.assetId());
            }
            Long parent = parents.get(tag.assetId());
            if (parent != null && withState.contains(parent)) {
                owners.add(parent);
            }
            sources.put(tag.id(), new FaultSource(List.copyOf(owners), equipmentClasses.get(tag.assetId())));
        }
        faultSources = Map.copyOf(sources);
    }

    void stateChanged(long assetId, EquipmentState state, Instant at) {
        seen(at);
        keep(detector(assetId).stateChanged(state, at));
    }

    /** A value of a FAULT_CODE tag; a bad or fractional one says nothing. */
    void faultCode(long tagId, double value, boolean good, Instant at) {
        FaultSource source = faultSources.get(tagId);
        if (source == null || !good || value != Math.rint(value)) {
            return;
        }
        seen(at);
        for (long assetId : source.assets()) {
            keep(detector(assetId).faultCode(tagId, (int) value, at, source.equipmentClass()));
        }
    }

    /**
     * Lets time pass for the no-signal timeout: by the wall clock, or by the signals' own time when it
     * runs ahead of it (a simulator faster than real time).
     */
    void tick(Instant wallClock) {
        Instant now = latestSourceTime.isAfter(wallClock) ? latestSourceTime : wallClock;
        detectors.values().forEach(detector -> keep(detector.tick(now)));
    }

    /** Stores what is pending, in one transaction; keeps it for the next try when the database refuses. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            downtime.record(List.copyOf(pending));
            pending.clear();
            if (failure != null) {
                LOG.info("stops are stored again");
                failure = null;
            }
        } catch (StorageException e) {
            if (e instanceof StorageRefusedException) {
                storeOneByOne();
            } else if (!String.valueOf(e.getMessage()).equals(failure)) {
                failure = String.valueOf(e.getMessage());
                LOG.log(
                        Level.WARNING,
                        "could not store " + pending.size() + " stop changes; they are kept and"
                                + " stored when the database takes them",
                        e);
            }
        }
    }

    /**
     * A change the database refuses for what it says (a data or integrity error, SQLState class 22 or
     * 23: trying again would fail again), not for being away, would block all after it: drop it.
     */
    private void storeOneByOne() {
        while (!pending.isEmpty()) {
            StopChange change = pending.peek();
            try {
                downtime.record(List.of(change));
                pending.remove();
            } catch (StorageException e) {
                if (!(e instanceof StorageRefusedException)) {
                    return;
                }
                pending.remove();
                dropped++;
                LOG.log(Level.SEVERE, "the database refuses the stop change " + change + "; it is dropped", e);
            }
        }
    }

    private StopDetector detector(long assetId) {
        return detectors.computeIfAbsent(assetId, id -> new StopDetector(id, downtime::reasons, downtime.settings()));
    }

    private void keep(List<StopChange> changes) {
        for (StopChange change : changes) {
            if (pending.size() >= MAX_PENDING) {
                if (dropped++ % 10_000 == 0) {
                    LOG.severe("the database has refused stops for too long: " + MAX_PENDING
                            + " stop changes are kept, " + dropped + " later ones dropped so far");
                }
                continue;
            }
            pending.add(change);
        }
    }

    private void seen(Instant at) {
        if (at.isAfter(latestSourceTime)) {
            latestSourceTime = at;
        }
    }
}
