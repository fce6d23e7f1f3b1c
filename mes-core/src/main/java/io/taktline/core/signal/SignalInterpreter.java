package io.taktline.core.signal;

import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.live.LiveAssets;
import io.taktline.core.oee.PartKind;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateMapping;
import io.taktline.core.state.StateTracker;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import io.taktline.core.takt.CycleCounter;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the signals of STATE, FAULT_CODE and counter (part, good, scrap) tags into the MES's events:
 * each asset's equipment state (stored as changes only; OFFLINE on bad data or while its connector is
 * down), its stops with their automatic reasons ({@link StopSignals}, rules in DOWNTIME.md), and the
 * parts its counter counted (rollover, resets and presets handled). Times are the samples' source
 * times. Runs on a thread of its own: the sample path only offers to a bounded queue, and what does
 * not fit is counted, never waited for.
 */
public final class SignalInterpreter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SignalInterpreter.class.getName());
    public static final int QUEUE_CAPACITY = 100_000;
    /** The most parts a counter can move between two readings before it is taken for a preset. */
    static final long MAX_PARTS_PER_READING = 1_000;
    /** The most samples interpreted before the stops they changed are stored. */
    static final int FLUSH_EVERY = 500;

    private record Signal(long assetId, String endpoint, TagRole role) {}

    private final JdbcEventStore events;
    private final Downtime downtime;
    private final StopSignals stops;
    /** The mapping of assets whose class gives none. */
    private final StateMapping defaultMapping;

    private final LiveAssets live;
    /** The names of the endpoints whose connector is connected now. */
    private final Supplier<Set<String>> connected;

    private final Clock clock;
    private final BlockingQueue<Reading> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Map<Long, StateTracker> states = new HashMap<>();
    /** One counter per counting tag: an asset may have a part, a good and a scrap counter. */
    private final Map<Long, CycleCounter> counters = new HashMap<>();

    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong interpreted = new AtomicLong();
    private final Thread worker;
    private volatile Map<Long, Signal> signals = Map.of();
    /** Each asset's class's state mapping, where it has one. */
    private volatile Map<Long, StateMapping> mappings = Map.of();
    /** Assets whose state comes from OPC 40001 MachineryItemState and operation mode, not a STATE tag. */
    private volatile Set<Long> machinery = Set.of();

    private volatile boolean closed;

    /**
     * @param defaultMapping how the state codes of assets whose class gives no mapping read
     * @param connected the names of the endpoints connected now: the assets of the others are OFFLINE
     * @param threads makes the one thread that interprets (the container's, where there is one)
     */
    public SignalInterpreter(
            JdbcEventStore events,
            Downtime downtime,
            StateMapping defaultMapping,
            LiveAssets live,
            Supplier<Set<String>> connected,
            Clock clock,
            ThreadFactory threads) {
        this.events = events;
        this.downtime = downtime;
        this.stops = new StopSignals(downtime);
        this.defaultMapping = defaultMapping;
        this.live = live;
        this.connected = connected;
        this.clock = clock;
        this.worker = threads.newThread(this::run);
        this.worker.setName("taktline-signals");
        this.worker.setDaemon(true);
    }

    /** Starts interpreting what was offered and what will be. */
    public void start() {
        worker.start();
    }

    /**
     * Follows the model: which tags are state, FAULT_CODE and counter signals of which asset, and
     * how each asset's state codes read ({@code stateMappings}: its class's mapping, by asset id).
     * An asset with a MACHINERY_ITEM_STATE tag takes its state from it and its OPERATION_MODE tag
     * (OPC 40001), and its STATE tag, if any, is not used for the state.
     */
    public void follow(List<TagView> tags, List<AssetView> assets, Map<Long, StateMapping> stateMappings) {
        Map<Long, Signal> next = new HashMap<>();
        Set<Long> byMachinery = new HashSet<>();
        for (TagView tag : tags) {
            if (tag.role() == TagRole.MACHINERY_ITEM_STATE) {
                byMachinery.add(tag.assetId());
            }
        }
        for (TagView tag : tags) {
            if (tag.role() == TagRole.STATE
                    || tag.role() == TagRole.MACHINERY_ITEM_STATE
                    || (tag.role() == TagRole.OPERATION_MODE && byMachinery.contains(tag.assetId()))
                    || PartKind.of(tag.role()).isPresent()
                    || tag.role() == TagRole.FAULT_CODE) {
                next.put(tag.id(), new Signal(tag.assetId(), tag.endpoint(), tag.role()));
            }
        }
        Map<Long, String> classes;
        try {
            classes = downtime.equipmentClasses();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not read the equipment classes; fault codes are mapped as of any class", e);
            classes = Map.of();
        }
        stops.follow(tags, assets, classes);
        synchronized (this) {
            mappings = Map.copyOf(stateMappings);
            machinery = Set.copyOf(byMachinery);
            signals = Map.copyOf(next);
        }
    }

    /** Whether the tag carries a signal: only those are worth a {@link Reading}. */
    public boolean follows(long tagId) {
        return signals.containsKey(tagId);
    }

    /** On the connectors' delivery threads: never blocks; a reading that does not fit is counted. */
    public void offer(Reading reading) {
        if (signals.containsKey(reading.tagId()) && !queue.offer(reading)) {
            dropped.incrementAndGet();
        }
    }

    public long dropped() {
        return dropped.get();
    }

    /** Samples taken off the queue and done with, their stops stored (unless the database refused them). */
    public long interpreted() {
        return interpreted.get();
    }

    /** The state each asset is in now, as the interpreter last derived it. */
    public synchronized Optional<EquipmentState> stateOf(long assetId) {
        return Optional.ofNullable(states.get(assetId)).flatMap(StateTracker::current);
    }

    private void run() {
        long nextCheck = 0;
        int sinceFlush = 0;
        while (!closed) {
            Reading sample = null;
            try {
                sample = queue.poll(1, TimeUnit.SECONDS);
                if (sample != null) {
                    interpret(sample);
                }
                if (System.nanoTime() > nextCheck) {
                    markDisconnectedOffline();
                    tickStops();
                    nextCheck = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not store a derived event; it is retried with the next signal", e);
            }
            // Stops are stored in batches: when the queue is drained, and at least every few hundred samples.
            if (queue.isEmpty() || ++sinceFlush >= FLUSH_EVERY) {
                flushStops();
                sinceFlush = 0;
            }
            if (sample != null) {
                interpreted.incrementAndGet();
            }
        }
    }

    private synchronized void tickStops() {
        stops.tick(clock.instant());
    }

    private synchronized void flushStops() {
        stops.flush();
    }

    private synchronized void interpret(Reading sample) throws Exception {
        Signal signal = signals.get(sample.tagId());
        if (signal == null) {
            return;
        }
        Instant at = sample.at();
        boolean good = sample.good();
        if (signal.role() == TagRole.STATE
                || signal.role() == TagRole.MACHINERY_ITEM_STATE
                || signal.role() == TagRole.OPERATION_MODE) {
            boolean byMachinery = machinery.contains(signal.assetId());
            if (signal.role() == TagRole.STATE && byMachinery) {
                return;
            }
            StateTracker tracker = states.computeIfAbsent(
                    signal.assetId(), id -> new StateTracker(mappings.getOrDefault(id, defaultMapping)));
            Optional<EquipmentState> before = tracker.current();
            switch (signal.role()) {
                case MACHINERY_ITEM_STATE -> tracker.itemState(sample.value(), good, at);
                case OPERATION_MODE -> tracker.operationMode(sample.value(), good, at);
                default -> tracker.value(sample.value(), good, at);
            }
            if (tracker.current().isPresent() && !tracker.current().equals(before)) {
                stateChanged(
                        signal.assetId(), before.orElse(null), tracker.current().get(), at);
            }
        } else if (signal.role() == TagRole.FAULT_CODE) {
            stops.faultCode(sample.tagId(), sample.value(), good, at);
        } else if (good && sample.value() >= 0 && sample.value() < CycleCounter.UINT32_RANGE) {
            CycleCounter counter =
                    counters.computeIfAbsent(sample.tagId(), id -> new CycleCounter(MAX_PARTS_PER_READING));
            long before = counter.parts();
            counter.read((long) sample.value());
            if (counter.parts() > before) {
                PartKind kind = PartKind.of(signal.role()).orElseThrow();
                events.partsCounted(signal.assetId(), kind, at, counter.parts() - before);
                live.partsCounted(signal.assetId(), kind, counter.parts() - before, at);
            }
        }
    }

    private void stateChanged(long assetId, EquipmentState before, EquipmentState state, Instant at) throws Exception {
        stops.stateChanged(assetId, state, at);
        events.stateChanged(assetId, at, state);
        live.stateChanged(assetId, before, state, at);
    }

    /** Assets whose endpoint's connector is not connected are OFFLINE from now. */
    private synchronized void markDisconnectedOffline() throws Exception {
        Set<String> up = connected.get();
        Instant now = clock.instant();
        for (Signal signal : signals.values()) {
            boolean stateSignal = signal.role() == TagRole.STATE || signal.role() == TagRole.MACHINERY_ITEM_STATE;
            if (!stateSignal || up.contains(signal.endpoint())) {
                continue;
            }
            StateTracker tracker = states.get(signal.assetId());
            if (tracker != null
                    && tracker.current()
                            .filter(s -> s != EquipmentState.OFFLINE)
                            .isPresent()) {
                EquipmentState before = tracker.current().get();
                tracker.connectionLost(now);
                stateChanged(signal.assetId(), before, EquipmentState.OFFLINE, now);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }
}
