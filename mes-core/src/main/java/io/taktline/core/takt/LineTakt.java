package io.taktline.core.takt;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftPlanning;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a line stands against its plan at a moment: the shift running then, its takt, the planned
 * count, the count it should have reached, the count it has, adherence and gap (formulas: TAKT.md).
 *
 * <p>A line's count is what its last station counted: the station (WORK_CELL child of the line)
 * with the highest order among those with a PART_COUNTER tag. A car body counts as made where it
 * leaves the line, not where it enters it.
 */
public final class LineTakt {

    /** Parts an asset's part counter counted in [from, to). */
    @FunctionalInterface
    public interface PartCounts {
        long parts(long assetId, Instant from, Instant to);
    }

    private final ShiftPlanning planning;
    private final PartCounts counts;

    public LineTakt(ShiftPlanning planning, PartCounts counts) {
        this.planning = planning;
        this.counts = counts;
    }

    /** The station whose part counter gives the line's count: the last one (highest order) with one. */
    public static Optional<AssetView> countingStation(AssetView line, List<AssetView> assets, List<TagView> tags) {
        return assets.stream()
                .filter(a -> a.level() == AssetLevel.WORK_CELL && Objects.equals(a.parentId(), line.id()))
                .filter(a -> tags.stream().anyMatch(t -> t.assetId() == a.id() && t.role() == TagRole.PART_COUNTER))
                .max(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code));
    }

    public Report at(AssetView line, Optional<AssetView> station, Instant at) {
        Station counting = station.map(s -> new Station(s.id(), s.path())).orElse(null);
        List<String> notes = new ArrayList<>();
        Optional<ScheduledShift> running = planning.scheduledAt(line.id(), at);
        if (running.isEmpty()) {
            Optional<ScheduledShift> next =
                    planning.scheduled(line.id(), at, at.plus(ShiftPlanning.HORIZON_AHEAD)).stream()
                            .findFirst();
            notes.add("line " + line.path() + " has no shift at " + at
                    + next.map(n -> "; the next one, " + n.shift().name() + ", starts at "
                                    + n.shift().start())
                            .orElse("; its calendar has no shift in the next 14 days (give it one with a calendar"
                                    + " or overtime)"));
            return new Report(
                    line.id(),
                    line.path(),
                    at,
                    null,
                    counting,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    String.join("; ", notes));
        }
        ScheduledShift scheduled = running.get();
        Shift shift = scheduled.shift();
        Duration netElapsed = shift.netElapsed(at);
        Long actual = null;
        if (counting == null) {
            notes.add("line " + line.path() + " has no station with a PART_COUNTER tag, so its count is unknown");
        } else {
            actual = counts.parts(counting.id(), shift.start(), at.isAfter(shift.end()) ? shift.end() : at);
        }
        ShiftRef ref = ShiftRef.of(scheduled);
        if (scheduled.demand() == null) {
            notes.add("shift " + shift.name() + " (id " + scheduled.id() + ") has no demand planned, so it has no"
                    + " takt; set one in the line's production plan");
            return new Report(
                    line.id(),
                    line.path(),
                    at,
                    ref,
                    counting,
                    null,
                    null,
                    seconds(netElapsed),
                    null,
                    actual,
                    null,
                    null,
                    String.join("; ", notes));
        }
        Takt takt = Takt.of(shift.netAvailableTime(), scheduled.demand());
        TaktStatus status = TaktStatus.at(takt, scheduled.demand(), netElapsed, actual == null ? 0 : actual);
        return new Report(
                line.id(),
                line.path(),
                at,
                ref,
                counting,
                takt.seconds(),
                status.planned(),
                seconds(netElapsed),
                status.shouldBe(),
                actual,
                actual == null ? null : status.adherence(),
                actual == null ? null : status.gap(),
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** The station a line's count comes from. */
    public record Station(long id, String path) {}

    /** The shift a report is about. */
    public record ShiftRef(
            long id,
            String name,
            String crew,
            Instant start,
            Instant end,
            boolean overtime,
            double netAvailableSeconds) {

        static ShiftRef of(ScheduledShift scheduled) {
            Shift shift = scheduled.shift();
            return new ShiftRef(
                    scheduled.id(),
                    shift.name(),
                    shift.crew(),
                    shift.start(),
                    shift.end(),
                    scheduled.overtime(),
                    seconds(shift.netAvailableTime()));
        }
    }

    /**
     * A line against its plan at {@code at}. Without a shift, {@code shift} and the figures are null
     * and {@code message} says why; without a plan, takt and the counts that need it are null.
     */
    public record Report(
            long lineId,
            String linePath,
            Instant at,
            ShiftRef shift,
            Station countingStation,
            Double taktSeconds,
            Long planned,
            Double netElapsedSeconds,
            Long shouldBe,
            Long actual,
            Double adherence,
            Long gap,
            String message) {}
}
