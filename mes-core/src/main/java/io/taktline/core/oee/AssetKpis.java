package io.taktline.core.oee;

import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import io.taktline.core.state.TimeElement;
import io.taktline.core.state.TimeElements;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The KPIs of one asset over a period, computed from its stored states and counted parts, the
 * same events the shift reports will read. Failures are the transitions into DOWN in the period.
 */
public final class AssetKpis {

    /** The figures and the time elements and counts behind them. */
    public record Report(
            long assetId,
            Instant from,
            Instant to,
            Map<TimeElement, Double> secondsByElement,
            double plannedBusySeconds,
            long produced,
            long failures,
            Kpis kpis) {}

    private final JdbcEventStore events;

    public AssetKpis(JdbcEventStore events) {
        this.events = events;
    }

    /**
     * @param idealCycleTime the asset's ideal cycle time, or null when the model does not give one
     */
    public Report of(long assetId, Instant from, Instant to, Duration idealCycleTime) throws SQLException {
        Instant now = Instant.now();
        // The future has no states yet: the period ends now at the latest, and never before it begins.
        Instant end = to.isAfter(now) ? now : to;
        if (end.isBefore(from)) {
            end = from;
        }
        List<StateInterval> intervals = events.intervals(assetId, from, end, end);
        TimeElements time = TimeElements.of(intervals, List.of(), from, end);
        long produced = events.parts(assetId, from, end);
        long failures = intervals.stream()
                .filter(i -> i.state() == EquipmentState.DOWN && !i.start().isBefore(from))
                .count();
        Map<TimeElement, Double> seconds = new EnumMap<>(TimeElement.class);
        for (TimeElement element : TimeElement.values()) {
            seconds.put(element, time.get(element).toMillis() / 1000.0);
        }
        return new Report(
                assetId,
                from,
                end,
                seconds,
                time.plannedBusyTime().toMillis() / 1000.0,
                produced,
                failures,
                Kpis.from(time, ProductionCounts.of(produced, 0), idealCycleTime, failures));
    }
}
