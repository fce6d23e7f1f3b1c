package io.taktline.core.takt;

import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A station's cycles from its part counter: each counted part ends a cycle, which began when the
 * one before ended or, if the station stopped in between, when it last started running. A cycle is
 * only timed when the station ran without a break from its start to its end, so waiting, faults and
 * breaks never pass for slow cycles.
 */
public final class Cycles {

    /** One cycle: when it ended and how long it took. */
    public record Cycle(Instant end, Duration duration) {}

    private Cycles() {}

    /**
     * @param partTimes when each part was counted, in time order (a reading that counted n parts at
     *     once appears n times; only the first of them is timed)
     * @param intervals the station's states over the same period, in time order
     */
    public static List<Cycle> of(List<Instant> partTimes, List<StateInterval> intervals) {
        List<Cycle> cycles = new ArrayList<>();
        Instant previous = null;
        int from = 0;
        for (Instant end : partTimes) {
            while (from < intervals.size() && !intervals.get(from).end().isAfter(end.minusNanos(1))) {
                from++;
            }
            // The RUNNING interval the part was finished in (it ends at or after the part).
            StateInterval running = null;
            for (int i = Math.max(0, from - 1);
                    i < intervals.size() && !intervals.get(i).start().isAfter(end);
                    i++) {
                StateInterval interval = intervals.get(i);
                if (interval.state() == EquipmentState.RUNNING
                        && interval.start().isBefore(end)
                        && !interval.end().isBefore(end)) {
                    running = interval;
                }
            }
            if (running != null && previous != null && end.isAfter(previous)) {
                Instant start = previous.isAfter(running.start()) ? previous : running.start();
                cycles.add(new Cycle(end, Duration.between(start, end)));
            }
            previous = end;
        }
        return cycles;
    }
}
