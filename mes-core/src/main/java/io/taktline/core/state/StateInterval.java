package io.taktline.core.state;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time a unit spent in one state: [start, end). */
public record StateInterval(EquipmentState state, Instant start, Instant end) {

    public StateInterval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("state interval ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The part of this interval inside [from, to), or null when they do not overlap. */
    StateInterval clippedTo(Instant from, Instant to) {
        Instant s = start.isAfter(from) ? start : from;
        Instant e = end.isBefore(to) ? end : to;
        return s.isBefore(e) ? new StateInterval(state, s, e) : null;
    }
}
