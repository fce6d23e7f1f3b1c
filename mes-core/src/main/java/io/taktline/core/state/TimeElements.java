package io.taktline.core.state;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a unit's time in a window splits into ISO 22400 time elements. Planned busy time is the
 * window less planned down time; the rest is production, setup, down, delay and unknown time.
 */
public record TimeElements(Map<TimeElement, Duration> durations) {

    public TimeElements {
        EnumMap<TimeElement, Duration> all = new EnumMap<>(TimeElement.class);
        for (TimeElement element : TimeElement.values()) {
            all.put(element, durations.getOrDefault(element, Duration.ZERO));
        }
        durations = Map.copyOf(all);
    }

    /**
     * The time elements of state {@code intervals} inside [from, to), with {@code plannedBreaks}
     * counted as planned down time whatever state the unit reported in them (a machine left running
     * through a break does not make the break productive time of the shift).
     */
    public static TimeElements of(
            List<StateInterval> intervals, List<StateInterval> plannedBreaks, Instant from, Instant to) {
        EnumMap<TimeElement, Duration> sums = new EnumMap<>(TimeElement.class);
        Duration breaks = overlap(new StateInterval(EquipmentState.OFFLINE, from, to), plannedBreaks);
        Duration coveredOutsideBreaks = Duration.ZERO;
        for (StateInterval interval : intervals) {
            StateInterval inside = interval.clippedTo(from, to);
            if (inside != null) {
                Duration outside = inside.duration().minus(overlap(inside, plannedBreaks));
                sums.merge(inside.state().timeElement(), outside, Duration::plus);
                coveredOutsideBreaks = coveredOutsideBreaks.plus(outside);
            }
        }
        sums.merge(TimeElement.PLANNED_DOWN, breaks, Duration::plus);
        // Time outside breaks that no interval covers is time without data.
        Duration uncovered = Duration.between(from, to).minus(breaks).minus(coveredOutsideBreaks);
        if (!uncovered.isNegative() && !uncovered.isZero()) {
            sums.merge(TimeElement.UNKNOWN, uncovered, Duration::plus);
        }
        return new TimeElements(sums);
    }

    private static Duration overlap(StateInterval interval, List<StateInterval> breaks) {
        Duration total = Duration.ZERO;
        for (StateInterval pause : breaks) {
            StateInterval both = pause.clippedTo(interval.start(), interval.end());
            if (both != null) {
                total = total.plus(both.duration());
            }
        }
        return total;
    }

    public Duration get(TimeElement element) {
        return durations.get(element);
    }

    /** PBT: the window less planned down time. */
    public Duration plannedBusyTime() {
        return durations.values().stream().reduce(Duration.ZERO, Duration::plus).minus(get(TimeElement.PLANNED_DOWN));
    }

    public TimeElements plus(TimeElements other) {
        EnumMap<TimeElement, Duration> sums = new EnumMap<>(durations);
        other.durations.forEach((element, duration) -> sums.merge(element, duration, Duration::plus));
        return new TimeElements(sums);
    }
}
