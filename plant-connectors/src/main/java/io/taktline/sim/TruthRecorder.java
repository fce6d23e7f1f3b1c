package io.taktline.sim;

import io.taktline.sim.GroundTruth.Count;
import io.taktline.sim.GroundTruth.Cycle;
import io.taktline.sim.GroundTruth.StateInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes down what the plant model does, as it does it, for {@link GroundTruth}. */
final class TruthRecorder {

    private final long seed;
    private final Instant start;
    private final List<StateInterval> intervals = new ArrayList<>();
    private final List<Cycle> cycles = new ArrayList<>();
    private final Map<String, Open> open = new LinkedHashMap<>();

    private record Open(StationState state, double since, String cause, int faultCode, String equipment) {}

    TruthRecorder(long seed, Instant start) {
        this.seed = seed;
        this.start = start;
    }

    void state(String path, StationState state, String cause, int faultCode, String equipment, double now) {
        Open previous = open.get(path);
        if (previous != null
                && previous.state() == state
                && previous.cause().equals(cause)
                && previous.faultCode() == faultCode) {
            return;
        }
        if (previous != null && now > previous.since()) {
            intervals.add(close(path, previous, now));
        }
        open.put(path, new Open(state, now, cause, faultCode, equipment));
    }

    void cycle(String station, double end, double duration, String outcome) {
        cycles.add(new Cycle(station, at(end), duration, outcome));
    }

    GroundTruth snapshot(double now, List<Count> counts) {
        List<StateInterval> all = new ArrayList<>(intervals);
        open.forEach((path, o) -> {
            if (now > o.since()) {
                all.add(close(path, o, now));
            }
        });
        return new GroundTruth(seed, start, at(now), all, cycles, counts);
    }

    private StateInterval close(String path, Open o, double end) {
        return new StateInterval(
                path, o.state().name(), at(o.since()), at(end), o.cause(), o.faultCode(), o.equipment());
    }

    /** Simulated seconds since the start as an instant, to the microsecond. */
    Instant at(double seconds) {
        return start.plusNanos(Math.round(seconds * 1e6) * 1000);
    }
}
