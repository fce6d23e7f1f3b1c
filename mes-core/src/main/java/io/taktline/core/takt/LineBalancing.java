package io.taktline.core.takt;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.asset.TagRole;
import io.taktline.core.state.StateInterval;
import io.taktline.core.state.TimeElements;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A station's cycles from its stored part counts and states, and a line's balance: each counting
 * station's cycle times against the line's takt (its plan's, or one given), with the bottleneck by
 * slowest cycle and by the active period method.
 */
public final class LineBalancing {

    /**
     * @param bottleneckByActivePeriod the station producing, in setup or down for the largest share of
     *     its time; empty when no station has time in the period
     */
    public record Result(
            AssetView line, Instant from, Instant to, LineBalance balance, Optional<String> bottleneckByActivePeriod) {}

    private final JdbcEventStore events;
    private final LineTakt lineTakt;

    public LineBalancing(JdbcEventStore events, LineTakt lineTakt) {
        this.events = events;
        this.lineTakt = lineTakt;
    }

    /** Each counted part ends a cycle; a cycle is timed only when the station ran throughout. */
    public List<Cycles.Cycle> cycles(long assetId, Instant from, Instant to) {
        return Cycles.of(events.partTimes(assetId, from, to), events.intervals(assetId, from, to, to));
    }

    /**
     * The balance of a line over [from, to).
     *
     * @param given a takt to measure against, or empty for the line's takt in the shift running at {@code from}
     * @throws IllegalArgumentException when the asset is not a line, or no takt is given and the line has none then
     */
    public Result of(ModelSnapshot model, AssetView line, Instant from, Instant to, Optional<Takt> given) {
        if (line.level() != AssetLevel.LINE) {
            throw new IllegalArgumentException(
                    "asset '" + line.path() + "' is a " + line.level() + ", not a LINE; give the id of a line");
        }
        Takt takt = given.isPresent() ? given.get() : planned(model, line, from);
        Map<String, List<Duration>> cycleTimes = new LinkedHashMap<>();
        Map<String, TimeElements> times = new LinkedHashMap<>();
        for (AssetView station : model.childrenOf(line)) {
            if (model.tagsOf(station).stream().noneMatch(t -> t.role() == TagRole.PART_COUNTER)) {
                continue;
            }
            List<StateInterval> intervals = events.intervals(station.id(), from, to, to);
            cycleTimes.put(
                    station.path(),
                    Cycles.of(events.partTimes(station.id(), from, to), intervals).stream()
                            .map(Cycles.Cycle::duration)
                            .toList());
            times.put(station.path(), TimeElements.of(intervals, List.of(), from, to));
        }
        return new Result(
                line, from, to, LineBalance.of(takt, cycleTimes), LineBalance.bottleneckByActivePeriod(times));
    }

    private Takt planned(ModelSnapshot model, AssetView line, Instant at) {
        LineTakt.Report report = lineTakt.at(line, LineTakt.countingStation(line, model.assets(), model.tags()), at);
        if (report.taktSeconds() == null) {
            throw new IllegalArgumentException("line '" + line.path() + "' has no takt at " + at + " ("
                    + (report.message() == null ? "no plan for its shift" : report.message())
                    + "); give takt=<seconds> or a 'from' inside a planned shift");
        }
        return new Takt(Duration.ofNanos(Math.round(report.taktSeconds() * 1e9)));
    }
}
