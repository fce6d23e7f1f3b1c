package io.taktline.core.shift;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/** One shift of a pattern: when it starts, how long it lasts (it may cross midnight), and its breaks. */
public record ShiftDefinition(String name, LocalTime start, Duration length, List<BreakTime> breaks) {

    public ShiftDefinition {
        breaks = breaks.stream().sorted(Comparator.comparing(BreakTime::offset)).toList();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a shift needs a name, like EARLY, LATE or NIGHT");
        }
        if (length.isZero() || length.isNegative() || length.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("shift '" + name + "' lasts " + length + "; give 1 minute to 24 hours");
        }
        Duration free = Duration.ZERO;
        for (BreakTime pause : breaks) {
            if (pause.offset().plus(pause.length()).compareTo(length) > 0) {
                throw new IllegalArgumentException(
                        "break '" + pause.name() + "' of shift '" + name + "' ends after the shift does");
            }
            if (pause.offset().compareTo(free) < 0) {
                throw new IllegalArgumentException("break '" + pause.name() + "' of shift '" + name
                        + "' starts before the break before it ends; breaks of a shift must not overlap");
            }
            free = pause.offset().plus(pause.length());
        }
        if (breaks.stream()
                .map(BreakTime::length)
                .reduce(Duration.ZERO, Duration::plus)
                .equals(length)) {
            throw new IllegalArgumentException(
                    "shift '" + name + "' is all breaks and leaves no time to produce; shorten its breaks");
        }
    }

    /** Shift time less its breaks, as planned (a change of clock on the day may lengthen or shorten it). */
    public Duration netLength() {
        return breaks.stream().map(BreakTime::length).reduce(length, Duration::minus);
    }
}
