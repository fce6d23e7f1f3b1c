package io.taktline.core.shift;

import java.time.Duration;

/** A planned break inside a shift: how long after the shift's start it begins, and how long it lasts. */
public record BreakTime(String name, Duration offset, Duration length) {

    public BreakTime {
        if (offset.isNegative() || length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException(
                    "break '" + name + "' needs a start at or after the shift's start and a positive length");
        }
    }
}
