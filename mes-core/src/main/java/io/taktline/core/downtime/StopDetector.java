package io.taktline.core.downtime;

import io.taktline.core.state.EquipmentState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns one asset's state changes and the fault codes of it and its equipment into stops (the rules
 * are in DOWNTIME.md): a stop is each time in DOWN, IDLE, PLANNED_STOP or CHANGEOVER, a change from
 * one of these to another ends one stop and begins the next, and OFFLINE past the no-signal timeout is
 * a NO_SIGNAL stop from when the asset went quiet. Times are the signals' source times. Not thread-safe:
 * one detector per asset, fed by one thread.
 */
public final class StopDetector {

    /**
     * How far apart a fault code's source time and the stop's start may be for the code to be the
     * stop's: the samples of one instant arrive in any order, and a station's and its equipment's
     * clocks may differ a little.
     */
    public static final Duration FAULT_CODE_WINDOW = Duration.ofSeconds(1);

    /** How many DOWN stops that ended are kept for fault codes that arrive after them. */
    static final int RECENT_STOPS = 8;

    private record FaultReading(int code, Instant at, String equipmentClass) {}

    private final long assetId;
    private final Supplier<ReasonTree> reasons;
    private final DowntimeSettings settings;
    private final Map<Long, FaultReading> faults = new HashMap<>();
    /** DOWN stops that ended, latest first, as this detector gave them their reasons. */
    private final List<DowntimeEvent> recentlyDown = new ArrayList<>();

    private boolean started;
    private DowntimeEvent open;
    /** The state the open stop is a stop in; OFFLINE for a NO_SIGNAL stop. */
    private EquipmentState openState;

    private Instant offlineSince;
    /** The last state reported (OFFLINE included), and when the asset last stopped RUNNING. */
    private EquipmentState lastState;

    private Instant leftRunningAt;

    /** @param reasons the current reason tree (it may be replaced while the plant runs) */
    public StopDetector(long assetId, Supplier<ReasonTree> reasons, DowntimeSettings settings) {
        this.assetId = assetId;
        this.reasons = reasons;
        this.settings = settings;
    }

    /** The stop states: time the asset loses for a reason of its own. STARVED and BLOCKED are its neighbours'. */
    public static boolean isStop(EquipmentState state) {
        return switch (state) {
            case DOWN, IDLE, PLANNED_STOP, CHANGEOVER -> true;
            default -> false;
        };
    }

    /** Takes a state change of the asset (changes only, in time order); returns what it did to the stops. */
    public List<StopChange> stateChanged(EquipmentState state, Instant at) {
        List<StopChange> changes = new ArrayList<>();
        if (lastState == EquipmentState.RUNNING && state != EquipmentState.RUNNING) {
            leftRunningAt = at;
        }
        lastState = state;
        if (!started) {
            started = true;
            if (!isStop(state) && state != EquipmentState.OFFLINE) {
                // A stop left open before a restart ended by now at the latest.
                changes.add(new StopChange.Closed(assetId, at, null));
            }
        }
        if (state == EquipmentState.OFFLINE) {
            if (offlineSince == null) {
                offlineSince = at;
            }
            return changes;
        }
        offlineSince = null;
        if (open != null && openState == state) {
            // Back from a short silence in the state it was in: the same stop goes on.
            return changes;
        }
        if (open != null) {
            changes.add(closeAt(at));
        }
        if (isStop(state)) {
            changes.add(openAt(state, at));
        }
        return changes;
    }

    /**
     * Takes a reading of a FAULT_CODE tag of the asset or of one of its equipment (0: no fault).
     *
     * @param equipmentClass the class code of the equipment that reports it, or null
     */
    public List<StopChange> faultCode(long tagId, int code, Instant at, String equipmentClass) {
        FaultReading last = faults.get(tagId);
        if (last != null && at.isBefore(last.at())) {
            return List.of();
        }
        faults.put(tagId, new FaultReading(code, at, equipmentClass));
        if (code == 0) {
            return List.of();
        }
        DowntimeReason mapped = reasons.get().forFault(code, equipmentClass).orElse(null);
        if (open != null && openState == EquipmentState.DOWN && isCauseOf(open, at)) {
            open = open.faultReported(code, mapped);
            return List.of(new StopChange.FaultReported(open));
        }
        // Signals of one instant come by different subscriptions: a short stop may be over before its code arrives.
        for (int i = 0; i < recentlyDown.size(); i++) {
            DowntimeEvent stop = recentlyDown.get(i);
            if (isCauseOf(stop, at) && at.isBefore(stop.end())) {
                DowntimeEvent reported = stop.faultReported(code, mapped);
                recentlyDown.set(i, reported);
                return List.of(new StopChange.FaultReported(reported));
            }
        }
        return List.of();
    }

    /** Whether a fault code stamped {@code at} is the cause of a DOWN stop that has none yet. */
    private static boolean isCauseOf(DowntimeEvent stop, Instant at) {
        return stop.faultCode() == null
                && stop.source() != DowntimeEvent.Source.OPERATOR
                && !at.isBefore(stop.start().minus(FAULT_CODE_WINDOW));
    }

    /**
     * Lets time pass: an asset OFFLINE for the no-signal timeout gets a NO_SIGNAL stop from when it went
     * quiet, and a stop it was in ends then.
     */
    public List<StopChange> tick(Instant now) {
        if (offlineSince == null
                || openState == EquipmentState.OFFLINE
                || Duration.between(offlineSince, now).compareTo(settings.noSignalTimeout()) < 0) {
            return List.of();
        }
        List<StopChange> changes = new ArrayList<>();
        if (open != null) {
            changes.add(closeAt(offlineSince));
        }
        open = DowntimeEvent.open(assetId, offlineSince)
                .classifyAutomatically(reasons.get().automatic(AutomaticReason.NO_SIGNAL));
        openState = EquipmentState.OFFLINE;
        changes.add(new StopChange.Opened(open));
        return changes;
    }

    /** The stop the asset is in now, as this detector sees it. */
    public Optional<DowntimeEvent> current() {
        return Optional.ofNullable(open);
    }

    private StopChange openAt(EquipmentState state, Instant at) {
        DowntimeEvent stop = DowntimeEvent.open(assetId, at);
        ReasonTree tree = reasons.get();
        switch (state) {
            case PLANNED_STOP -> stop = stop.classifyAutomatically(tree.automatic(AutomaticReason.PLANNED_STOP));
            case CHANGEOVER -> stop = stop.classifyAutomatically(tree.automatic(AutomaticReason.CHANGEOVER));
            case DOWN -> {
                FaultReading fault = faultAt(at);
                if (fault != null) {
                    stop = stop.faultReported(
                            fault.code(),
                            tree.forFault(fault.code(), fault.equipmentClass()).orElse(null));
                }
            }
            default -> {}
        }
        open = stop;
        openState = state;
        return new StopChange.Opened(stop);
    }

    private StopChange closeAt(Instant at) {
        DowntimeEvent closed = open.close(at);
        EquipmentState state = openState;
        open = null;
        openState = null;
        if (!closed.end().isAfter(closed.start())) {
            return new StopChange.Cancelled(closed);
        }
        if (closed.source() == DowntimeEvent.Source.NONE
                && (state == EquipmentState.IDLE || state == EquipmentState.DOWN)
                && closed.duration(at).compareTo(settings.microStopThreshold()) < 0) {
            closed = closed.classifyAutomatically(reasons.get().automatic(AutomaticReason.MICRO_STOP));
        }
        if (state == EquipmentState.DOWN) {
            recentlyDown.add(0, closed);
            if (recentlyDown.size() > RECENT_STOPS) {
                recentlyDown.remove(RECENT_STOPS);
            }
        }
        return new StopChange.Closed(assetId, at, closed);
    }

    /**
     * The fault code of a stop beginning at {@code at}: the non-zero code reported closest to it within
     * the window; else a code still standing that was raised after the asset last ran (a repair that a
     * break interrupted goes on with the fault it had). A code raised while the asset ran is not a stop's.
     */
    private FaultReading faultAt(Instant at) {
        FaultReading best = null;
        Duration bestDistance = null;
        FaultReading standing = null;
        for (FaultReading reading : faults.values()) {
            if (reading.code() == 0) {
                continue;
            }
            Duration distance = Duration.between(reading.at(), at).abs();
            if (distance.compareTo(FAULT_CODE_WINDOW) <= 0 && (best == null || distance.compareTo(bestDistance) < 0)) {
                best = reading;
                bestDistance = distance;
            }
            if (leftRunningAt != null
                    && !reading.at().isBefore(leftRunningAt.minus(FAULT_CODE_WINDOW))
                    && !reading.at().isAfter(at)
                    && (standing == null || reading.at().isAfter(standing.at()))) {
                standing = reading;
            }
        }
        return best != null ? best : standing;
    }
}
