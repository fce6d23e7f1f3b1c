package io.taktline.core.oee;

import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import io.taktline.core.state.TimeElement;
import io.taktline.core.state.TimeElements;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The KPIs of one asset, or of a unit made of several (a line, shop or plant from its stations),
 * over a period, computed from the stored states and counted parts, the same events the shift
 * reports read. Failures are the transitions into DOWN in the period. A unit's figures come from
 * the sums of its members' time elements and counts (KPIS.md, "Rolling up").
 */
public final class AssetKpis {

    /**
     * A unit whose time and parts are counted: an equipment or a station with a STATE tag.
     *
     * @param idealCycleTime its PRI, or null when the model gives none
     * @param plannedBreaks the breaks of its line's shift calendar: planned down time whatever the
     *     states say
     */
    public record Member(long assetId, Duration idealCycleTime, List<StateInterval> plannedBreaks) {

        public Member {
            plannedBreaks = List.copyOf(plannedBreaks);
        }

        public Member(long assetId, Duration idealCycleTime) {
            this(assetId, idealCycleTime, List.of());
        }
    }

    /**
     * The figures and the time elements and counts behind them.
     *
     * @param members how many stations or pieces of equipment were summed (1 for a single one)
     */
    public record Report(
            long assetId,
            Instant from,
            Instant to,
            Map<TimeElement, Double> secondsByElement,
            double plannedBusySeconds,
            long produced,
            ProductionCounts counts,
            long failures,
            int members,
            Kpis kpis) {}

    private final ProductionHistory events;
    private final Clock clock;

    /** @param clock what "now" is: the end of a period that reaches into the future */
    public AssetKpis(ProductionHistory events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param idealCycleTime the asset's ideal cycle time, or null when the model does not give one
     */
    public Report of(long assetId, Instant from, Instant to, Duration idealCycleTime) {
        return ofUnit(assetId, List.of(new Member(assetId, idealCycleTime)), from, to);
    }

    /**
     * The KPIs of unit {@code unitId} from the sums of its members' time elements and counts;
     * effectiveness from Σ PQᵢ × PRIᵢ, undefined when a member that made parts has no PRI.
     */
    public Report ofUnit(long unitId, List<Member> members, Instant from, Instant to) {
        Instant now = clock.instant();
        // The future has no states yet: the period ends now at the latest, and never before it begins.
        Instant end = to.isAfter(now) ? now : to;
        if (end.isBefore(from)) {
            end = from;
        }
        TimeElements time = new TimeElements(Map.of());
        ProductionCounts counts = new ProductionCounts(0, 0, 0, 0, 0, 0);
        Duration idealRunTime = Duration.ZERO;
        long failures = 0;
        boolean anyIdeal = false;
        for (Member member : members) {
            List<StateInterval> intervals = events.intervals(member.assetId(), from, end, end);
            time = time.plus(TimeElements.of(intervals, member.plannedBreaks(), from, end));
            ProductionCounts made = ProductionCounts.counted(events.counts(member.assetId(), from, end));
            counts = counts.plus(made);
            if (idealRunTime != null && member.idealCycleTime() != null) {
                idealRunTime = idealRunTime.plus(member.idealCycleTime().multipliedBy(made.produced()));
                anyIdeal = true;
            } else if (made.produced() > 0) {
                idealRunTime = null;
            }
            failures += intervals.stream()
                    .filter(i -> i.state() == EquipmentState.DOWN && !i.start().isBefore(from))
                    .count();
        }
        if (!anyIdeal) {
            idealRunTime = null;
        }
        Map<TimeElement, Double> seconds = new EnumMap<>(TimeElement.class);
        for (TimeElement element : TimeElement.values()) {
            seconds.put(element, time.get(element).toMillis() / 1000.0);
        }
        return new Report(
                unitId,
                from,
                end,
                seconds,
                time.plannedBusyTime().toMillis() / 1000.0,
                counts.produced(),
                counts,
                failures,
                members.size(),
                Kpis.fromIdealRunTime(time, counts, idealRunTime, failures));
    }
}
