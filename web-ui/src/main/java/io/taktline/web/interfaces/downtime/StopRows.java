package io.taktline.web.interfaces.downtime;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.downtime.DowntimeEvent;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.StoredStop;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the downtime list: one per stop, newest first, except that the micro-stops of a
 * station (its own and its equipment's) are one row (how many, how long together) that opens to show them, at the place of the
 * station's latest micro-stop.
 */
public final class StopRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StopRows() {}

    /**
     * A stop as the list shows it; times in the plant's zone.
     *
     * @param category null while it waits for a reason
     */
    public record Stop(
            long id,
            long assetId,
            long stationId,
            String station,
            String line,
            Instant startInstant,
            String start,
            String end,
            long seconds,
            boolean open,
            Integer faultCode,
            String reasonCode,
            String reasonName,
            ReasonCategory category,
            DowntimeEvent.Source source,
            String classifiedBy,
            String comment,
            String shift,
            boolean micro) {

        /** How long it lasted (until now while it lasts), h:mm:ss. */
        public String duration() {
            return StopRows.duration(Duration.ofSeconds(seconds));
        }
    }

    /** A row: a stop, or a station's micro-stops. */
    public record Row(Stop stop, List<Stop> micro, String microTotal) {

        public boolean isGroup() {
            return stop == null;
        }

        public Stop first() {
            return stop != null ? stop : micro.get(0);
        }
    }

    /**
     * A stored stop as the pages show it.
     *
     * @param microCode the code of the tree's micro-stop reason: a stop with it is a micro-stop
     * @param shift the shift of its line it began in, or null
     */
    public static Stop stop(
            StoredStop s, ModelSnapshot model, String microCode, String shift, Instant now, ZoneId zone) {
        Optional<AssetView> at = model.asset(s.assetId());
        // An equipment's stop is shown with its station: "Trim 080 › Nutrunner".
        Optional<AssetView> station = at.flatMap(
                a -> a.level() == AssetLevel.EQUIPMENT ? model.enclosing(a, AssetLevel.WORK_CELL) : Optional.of(a));
        String name = at.map(a -> station.filter(st -> st.id() != a.id())
                        .map(st -> st.name() + " › " + a.name())
                        .orElse(a.name()))
                .orElse("#" + s.assetId());
        DowntimeReason reason = s.reason();
        return new Stop(
                s.id().value(),
                s.assetId(),
                station.map(AssetView::id).orElse(s.assetId()),
                name,
                at.flatMap(model::lineOf).map(AssetView::name).orElse(""),
                s.start(),
                time(s.start(), now, zone),
                time(s.end(), now, zone),
                s.duration(now).getSeconds(),
                s.isOpen(),
                s.event().faultCode(),
                reason == null ? null : reason.code(),
                reason == null ? null : reason.name(),
                reason == null ? null : reason.category(),
                s.source(),
                s.event().classifiedBy(),
                s.event().comment(),
                shift,
                reason != null && reason.code().equals(microCode));
    }

    /** The rows of {@code stops} (any order), newest first. */
    public static List<Row> of(List<Stop> stops) {
        List<Stop> newestFirst = new ArrayList<>(stops);
        newestFirst.sort((a, b) -> b.startInstant().compareTo(a.startInstant()));
        Map<Long, List<Stop>> microByStation = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Stop stop : newestFirst) {
            if (stop.micro()) {
                List<Stop> group = microByStation.get(stop.stationId());
                if (group == null) {
                    group = new ArrayList<>();
                    microByStation.put(stop.stationId(), group);
                    order.add(group);
                }
                group.add(stop);
            } else {
                order.add(stop);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Object entry : order) {
            if (entry instanceof Stop stop) {
                rows.add(new Row(stop, List.of(), null));
            } else {
                @SuppressWarnings("unchecked")
                List<Stop> group = (List<Stop>) entry;
                if (group.size() == 1) {
                    rows.add(new Row(group.get(0), List.of(), null));
                } else {
                    rows.add(new Row(null, List.copyOf(group), duration(total(group))));
                }
            }
        }
        return rows;
    }

    private static Duration total(List<Stop> group) {
        return Duration.ofSeconds(group.stream().mapToLong(Stop::seconds).sum());
    }

    /** A duration as h:mm:ss, or m:ss under an hour. */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, rest)
                : String.format("%d:%02d", minutes, rest);
    }

    /** A time of day in the plant's zone; with the date when it is not today there, and the year when not this year. */
    public static String time(Instant at, Instant now, ZoneId zone) {
        if (at == null) {
            return null;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = at.atZone(zone).toLocalDate();
        if (day.equals(today)) {
            return TIME.format(at.atZone(zone));
        }
        return day.getYear() == today.getYear() ? DAY_TIME.format(at.atZone(zone)) : DATE_TIME.format(at.atZone(zone));
    }
}
