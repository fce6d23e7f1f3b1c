package io.taktline.core.demo;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.shift.BreakTime;
import io.taktline.core.shift.LineCalendar;
import io.taktline.core.shift.ShiftDefinition;
import io.taktline.core.shift.ShiftPattern;
import io.taktline.core.shift.ShiftPlanning;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The calendar and plan the demo plant's lines get: three shifts of eight hours every day from
 * 06:00, 14:00 and 22:00 UTC with the simulator's breaks (15 min after 2 h, 30 min after 4 h,
 * 15 min after 6 h 15 min), crews A, B and C rotating weekly, and a standard demand of 85 % of what
 * the line's slowest station could make in the shift's net time at its ideal cycle time.
 */
public final class DemoCalendar {

    /** The asset attribute with a station's ideal cycle time in seconds. */
    public static final String IDEAL_CYCLE_TIME = "idealCycleTimeSeconds";

    /** The share of the slowest station's ideal output that the demo plans. */
    public static final double PLANNED_SHARE = 0.85;

    private static final Logger LOG = Logger.getLogger(DemoCalendar.class.getName());

    private DemoCalendar() {}

    /** The demo calendar; with a standard demand for each shift when the slowest ideal cycle time is known. */
    public static LineCalendar of(Optional<Duration> slowestIdealCycleTime) {
        List<BreakTime> breaks = List.of(
                new BreakTime("break", Duration.ofHours(2), Duration.ofMinutes(15)),
                new BreakTime("meal", Duration.ofHours(4), Duration.ofMinutes(30)),
                new BreakTime("break", Duration.ofMinutes(6 * 60 + 15), Duration.ofMinutes(15)));
        List<ShiftDefinition> shifts = List.of(
                new ShiftDefinition("EARLY", LocalTime.of(6, 0), Duration.ofHours(8), breaks),
                new ShiftDefinition("LATE", LocalTime.of(14, 0), Duration.ofHours(8), breaks),
                new ShiftDefinition("NIGHT", LocalTime.of(22, 0), Duration.ofHours(8), breaks));
        ShiftPattern pattern = new ShiftPattern(
                "three shifts, every day", shifts, EnumSet.allOf(DayOfWeek.class), List.of("A", "B", "C"));
        Map<String, Integer> demand = new HashMap<>();
        slowestIdealCycleTime.ifPresent(
                cycle -> shifts.forEach(s -> demand.put(s.name(), demand(s.netLength(), cycle))));
        return new LineCalendar(pattern, ZoneId.of("UTC"), Set.of(), demand);
    }

    /** floor(net available time ÷ slowest ideal cycle time × 0.85). */
    public static int demand(Duration netAvailableTime, Duration slowestIdealCycleTime) {
        return (int) Math.floor(netAvailableTime.toNanos() / (double) slowestIdealCycleTime.toNanos() * PLANNED_SHARE);
    }

    /** Gives every line of the model the demo calendar, and a plan where its stations' ideal cycle times are known. */
    public static void install(AssetModel model, ShiftPlanning planning) {
        List<AssetView> stations = model.assets(AssetLevel.WORK_CELL);
        for (AssetView line : model.assets(AssetLevel.LINE)) {
            OptionalDouble slowest = stations.stream()
                    .filter(s -> s.parentId() != null && s.parentId() == line.id())
                    .map(s -> idealCycleSeconds(model, s))
                    .flatMap(Optional::stream)
                    .mapToDouble(Double::doubleValue)
                    .max();
            if (slowest.isEmpty()) {
                LOG.warning("demo line " + line.path() + " has no station with the attribute " + IDEAL_CYCLE_TIME
                        + "; it gets the demo calendar without a production plan");
            }
            Optional<Duration> cycle = slowest.isPresent()
                    ? Optional.of(Duration.ofNanos(Math.round(slowest.getAsDouble() * 1e9)))
                    : Optional.empty();
            planning.putCalendar(line.id(), of(cycle), "taktline");
        }
    }

    private static Optional<Double> idealCycleSeconds(AssetModel model, AssetView station) {
        String text = model.attributes(station.id()).get(IDEAL_CYCLE_TIME);
        if (text == null) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(text.trim());
            return seconds > 0 ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.warning("station " + station.path() + " has " + IDEAL_CYCLE_TIME + " = '" + text
                    + "', not a number of seconds; it is left out of the demo plan");
            return Optional.empty();
        }
    }
}
