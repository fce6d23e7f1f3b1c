package io.taktline.core.downtime;

import java.time.Duration;
import java.time.Instant;

/**
 * One stop of one asset: from when to when (open while it lasts), why, who said so, and the
 * operator's comment. Changes return a new event; the stored history keeps the old one audited.
 */
public record DowntimeEvent(
        String asset,
        Instant start,
        Instant end,
        DowntimeReason reason,
        Source source,
        String classifiedBy,
        String comment) {

    /** Where the reason came from. */
    public enum Source {
        /** Nobody has given a reason yet: the stop waits for an operator. */
        NONE,
        /** From the PLC's fault code through the reason tree's mapping, or the micro-stop rule. */
        AUTOMATIC,
        OPERATOR
    }

    public static DowntimeEvent open(String asset, Instant start) {
        return new DowntimeEvent(asset, start, null, null, Source.NONE, null, null);
    }

    public boolean isOpen() {
        return end == null;
    }

    public Duration duration(Instant now) {
        return Duration.between(start, isOpen() ? now : end);
    }

    public DowntimeEvent close(Instant at) {
        if (at.isBefore(start)) {
            throw new IllegalArgumentException(
                    "stop of " + asset + " cannot end at " + at + ", before it began at " + start);
        }
        return new DowntimeEvent(asset, start, at, reason, source, classifiedBy, comment);
    }

    public DowntimeEvent classifyAutomatically(DowntimeReason reason) {
        return source == Source.OPERATOR
                ? this
                : new DowntimeEvent(asset, start, end, reason, Source.AUTOMATIC, null, comment);
    }

    /** An operator gives the reason; it overrides an automatic one. */
    public DowntimeEvent classify(DowntimeReason reason, String by) {
        return new DowntimeEvent(asset, start, end, reason, Source.OPERATOR, by, comment);
    }

    public DowntimeEvent comment(String text) {
        return new DowntimeEvent(asset, start, end, reason, source, classifiedBy, text);
    }

    public boolean awaitsClassification() {
        return reason == null;
    }

    /** Splits a stop into two at {@code at}, e.g. a fault that turned into a changeover; both keep the reason. */
    public DowntimeEvent[] split(Instant at) {
        if (!at.isAfter(start) || (end != null && !at.isBefore(end))) {
            throw new IllegalArgumentException("split time " + at + " is not inside the stop of " + asset + " from "
                    + start + " to " + (end == null ? "now" : end));
        }
        return new DowntimeEvent[] {
            new DowntimeEvent(asset, start, at, reason, source, classifiedBy, comment),
            new DowntimeEvent(asset, at, end, reason, source, classifiedBy, comment)
        };
    }

    /** Merges this stop with the next one of the same asset into one, keeping this one's reason. */
    public DowntimeEvent merge(DowntimeEvent next) {
        if (!asset.equals(next.asset) || next.start.isBefore(start) || isOpen()) {
            throw new IllegalArgumentException("only a closed stop and a later stop of the same asset can be merged");
        }
        return new DowntimeEvent(asset, start, next.end, reason, source, classifiedBy, comment);
    }
}
