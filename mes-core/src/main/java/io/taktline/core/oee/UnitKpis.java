package io.taktline.core.oee;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.asset.TagRole;
import io.taktline.core.shift.LineCalendar;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftPlanning;
import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The KPIs of any asset of the model: an equipment or station with a STATE tag from its own events,
 * a line, shop, site or enterprise from the sums over the stations beneath it (or, where a unit has
 * no station with a STATE tag, its equipment). The REST API and the ground-truth test both ask here.
 */
public final class UnitKpis {

    /** The asset attribute that gives its ideal cycle time in seconds (PRI), for effectiveness and OEE. */
    public static final String IDEAL_CYCLE_TIME = "idealCycleTimeSeconds";

    /** The periods KPIs can be asked per. */
    public enum Per {
        SHIFT,
        DAY,
        WEEK
    }

    /**
     * The figures of one period.
     *
     * @param shift the shift's name and crew for a SHIFT period (e.g. "EARLY (A)"), else null
     */
    public record Period(Instant from, Instant to, String shift, AssetKpis.Report report) {}

    private final AssetKpis kpis;
    private final AssetModel model;
    private final Supplier<ModelSnapshot> snapshot;
    private final ShiftPlanning shifts;

    /** @param snapshot the model as last loaded, asked again on every call (it follows model changes) */
    public UnitKpis(AssetKpis kpis, AssetModel model, Supplier<ModelSnapshot> snapshot, ShiftPlanning shifts) {
        this.kpis = kpis;
        this.model = model;
        this.snapshot = snapshot;
        this.shifts = shifts;
    }

    /**
     * The asset's figures over [from, to), with the breaks of its lines' shift calendars as planned
     * down time.
     *
     * @throws AssetNotFoundException when there is no such asset
     * @throws IllegalArgumentException when the asset has no unit with a STATE tag beneath it, or an
     *     ideal cycle time attribute is not a number
     */
    public AssetKpis.Report of(long assetId, Instant from, Instant to) {
        return kpis.ofUnit(assetId, members(assetId, from, to), from, to);
    }

    /**
     * The asset's figures per shift of its line's calendar (for a shop or the plant: of its first line
     * with a calendar), or per day or ISO week in that calendar's time zone (UTC without one), over
     * [from, to); the first and last period are cut at from and to.
     */
    public List<Period> per(long assetId, Per per, Instant from, Instant to) {
        ModelSnapshot current = snapshot.get();
        AssetView asset = current.find(assetId);
        ShiftPlanning planning = shifts;
        Long line = current.lineOf(asset).map(AssetView::id).orElse(null);
        if (line == null) {
            line = current.descendants(asset).stream()
                    .filter(a -> a.level() == AssetLevel.LINE)
                    .filter(a -> planning.calendar(a.id()).isPresent())
                    .map(AssetView::id)
                    .findFirst()
                    .orElse(null);
        }
        Optional<LineCalendar> calendar = line == null ? Optional.empty() : planning.calendar(line);
        List<Period> periods = new ArrayList<>();
        if (per == Per.SHIFT) {
            if (calendar.isEmpty()) {
                throw new IllegalArgumentException("asset '" + asset.path() + "' has no line with a shift calendar,"
                        + " so it has no shifts; ask per=day or per=week, or give its line a calendar");
            }
            for (Shift shift : planning.shifts(line, from, to)) {
                Instant start = shift.start().isBefore(from) ? from : shift.start();
                Instant end = shift.end().isAfter(to) ? to : shift.end();
                String name = shift.crew() == null ? shift.name() : shift.name() + " (" + shift.crew() + ")";
                periods.add(new Period(start, end, name, of(assetId, start, end)));
            }
            return periods;
        }
        ZoneId zone = calendar.map(LineCalendar::zone).orElse(ZoneOffset.UTC);
        ZonedDateTime start = from.atZone(zone).truncatedTo(ChronoUnit.DAYS);
        if (per == Per.WEEK) {
            start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        while (start.toInstant().isBefore(to)) {
            ZonedDateTime next = per == Per.WEEK ? start.plusWeeks(1) : start.plusDays(1);
            Instant a = start.toInstant().isBefore(from) ? from : start.toInstant();
            Instant b = next.toInstant().isAfter(to) ? to : next.toInstant();
            periods.add(new Period(a, b, null, of(assetId, a, b)));
            start = next;
        }
        return periods;
    }

    /** The stations (or equipment) whose events make up the asset's figures, each with its line's breaks. */
    public List<AssetKpis.Member> members(long assetId, Instant from, Instant to) {
        ModelSnapshot current = snapshot.get();
        AssetView asset = current.find(assetId);
        Set<Long> withState = current.tags().stream()
                .filter(t -> t.role() == TagRole.STATE)
                .map(t -> t.assetId())
                .collect(Collectors.toSet());
        List<AssetView> units;
        if (withState.contains(assetId)) {
            units = List.of(asset);
        } else {
            List<AssetView> below = current.descendants(asset);
            units = below.stream()
                    .filter(a -> a.level() == AssetLevel.WORK_CELL && withState.contains(a.id()))
                    .toList();
            if (units.isEmpty()) {
                units = below.stream()
                        .filter(a -> a.level() == AssetLevel.EQUIPMENT && withState.contains(a.id()))
                        .toList();
            }
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("asset '" + asset.path()
                    + "' has no station or equipment with a STATE tag, so its time cannot be split;"
                    + " bind a STATE tag to its stations or ask for another asset");
        }
        List<AssetKpis.Member> members = new ArrayList<>();
        Map<Long, List<StateInterval>> breaksByLine = new HashMap<>();
        for (AssetView unit : units) {
            List<StateInterval> breaks = current.lineOf(unit)
                    .map(line -> breaksByLine.computeIfAbsent(line.id(), id -> breaks(id, from, to)))
                    .orElse(List.of());
            members.add(new AssetKpis.Member(unit.id(), idealCycleTime(unit), breaks));
        }
        return members;
    }

    /** The breaks of the line's stored shifts over [from, to): none without a calendar. */
    private List<StateInterval> breaks(long lineId, Instant from, Instant to) {
        List<StateInterval> breaks = new ArrayList<>();
        for (Shift shift : shifts.shifts(lineId, from, to)) {
            for (Shift.Interval pause : shift.breaks()) {
                if (pause.end().isAfter(from) && pause.start().isBefore(to)) {
                    breaks.add(new StateInterval(EquipmentState.PLANNED_STOP, pause.start(), pause.end()));
                }
            }
        }
        return breaks;
    }

    private Duration idealCycleTime(AssetView unit) {
        String ideal = model.attributes(unit.id()).get(IDEAL_CYCLE_TIME);
        if (ideal == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(ideal);
            if (!(seconds > 0)) {
                throw new NumberFormatException();
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("asset '" + unit.path() + "' has attribute " + IDEAL_CYCLE_TIME + " = '"
                    + ideal + "', not a positive number of seconds; fix it in the asset model");
        }
    }
}
