package io.taktline.core.takt;

import io.taktline.core.state.TimeElement;
import io.taktline.core.state.TimeElements;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the stations of a line balance against takt: each station's mean cycle time and its spread,
 * as a share of takt, and the line's bottleneck.
 */
public record LineBalance(Takt takt, List<Station> stations) {

    /** One station: mean and standard deviation of its cycle times, and mean ÷ takt (above 1 cannot keep takt). */
    public record Station(String station, int cycles, Duration mean, Duration standardDeviation, double loadOfTakt) {}

    public static LineBalance of(Takt takt, Map<String, List<Duration>> cycleTimes) {
        List<Station> stations = cycleTimes.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> station(entry.getKey(), entry.getValue(), takt))
                .toList();
        return new LineBalance(takt, stations);
    }

    private static Station station(String name, List<Duration> cycles, Takt takt) {
        double mean =
                cycles.stream().mapToDouble(d -> d.toNanos() / 1e9).average().orElse(0);
        double variance = cycles.stream()
                        .mapToDouble(d -> Math.pow(d.toNanos() / 1e9 - mean, 2))
                        .sum()
                / Math.max(1, cycles.size() - 1);
        return new Station(
                name,
                cycles.size(),
                Duration.ofNanos(Math.round(mean * 1e9)),
                Duration.ofNanos(Math.round(Math.sqrt(variance) * 1e9)),
                mean / takt.seconds());
    }

    /** The station with the longest mean cycle time: the bottleneck by cycle times. */
    public Optional<Station> slowest() {
        return stations.stream().max(Comparator.comparing(Station::mean));
    }

    /**
     * The bottleneck by the active period method: the station that is active (producing, in setup
     * or down) for the largest share of its time, i.e. the one least often starved or blocked by
     * the others. Over a shift this finds the constraint even when its cycle time looks fine but
     * its faults hold the line.
     */
    public static Optional<String> bottleneckByActivePeriod(Map<String, TimeElements> stationTimes) {
        return stationTimes.entrySet().stream()
                .max(Comparator.comparingDouble(entry -> activeShare(entry.getValue())))
                .map(Map.Entry::getKey);
    }

    static double activeShare(TimeElements time) {
        double busy = time.plannedBusyTime().toNanos();
        if (busy <= 0) {
            return 0;
        }
        double active = time.get(TimeElement.ACTUAL_PRODUCTION)
                .plus(time.get(TimeElement.ACTUAL_SETUP))
                .plus(time.get(TimeElement.ACTUAL_DOWN))
                .toNanos();
        return active / busy;
    }
}
