package io.taktline.core.shift;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** One shift of a pattern: when it starts, how long it lasts (it may cross midnight), and its breaks. */
public record ShiftDefinition(String name, LocalTime start, Duration length, List<BreakTime> breaks) {

    public ShiftDefinition {
        breaks = List.copyOf(breaks);
        if (length.isZero() || length.isNegative() || length.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("shift '" + name + "' lasts " + length + "; give 1 minute to 24 hours");
        }
        for (BreakTime pause : breaks) {
            if (pause.offset().plus(pause.length()).compareTo(length) > 0) {
                throw new IllegalArgumentException(
                        "break '" + pause.name() + "' of shift '" + name + "' ends after the shift does");
            }
        }
    }
}
