package io.taktline.core.shift;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A shift on the calendar of a line: when it runs, who works it, and its breaks as instants. */
public record Shift(String line, String name, String crew, Instant start, Instant end, List<Interval> breaks) {

    /** A stretch of time [start, end). */
    public record Interval(Instant start, Instant end) {

        public Duration length() {
            return Duration.between(start, end);
        }

        boolean overlaps(Interval other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    public Shift {
        breaks = List.copyOf(breaks);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("shift " + name + " of " + line + " ends before it starts");
        }
    }

    public Interval interval() {
        return new Interval(start, end);
    }

    /** Shift time less its breaks: the time there is to produce, the numerator of takt. */
    public Duration netAvailableTime() {
        return breaks.stream().map(Interval::length).reduce(Duration.between(start, end), Duration::minus);
    }

    /** Net available time from the shift's start up to {@code at} (breaks excluded), within the shift. */
    public Duration netElapsed(Instant at) {
        Instant until = at.isBefore(start) ? start : at.isAfter(end) ? end : at;
        Duration elapsed = Duration.between(start, until);
        for (Interval pause : breaks) {
            Instant s = pause.start();
            Instant e = pause.end().isBefore(until) ? pause.end() : until;
            if (e.isAfter(s)) {
                elapsed = elapsed.minus(Duration.between(s, e));
            }
        }
        return elapsed;
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    public boolean overlaps(Shift other) {
        return line.equals(other.line) && interval().overlaps(other.interval());
    }
}
