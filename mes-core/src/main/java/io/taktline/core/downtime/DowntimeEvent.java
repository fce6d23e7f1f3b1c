package io.taktline.core.downtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One stop of one asset: from when to when (open while it lasts), why, who said so, the fault code
 * the PLC reported, and the operator's comment. Changes return a new event; the stored history keeps
 * the old one in the audit trail.
 *
 * @param reason null while nobody and no rule has given one: the stop waits for an operator
 * @param faultCode the PLC's fault code at the stop's start, or null
 */
public record DowntimeEvent(
        long assetId,
        Instant start,
        Instant end,
        DowntimeReason reason,
        Source source,
        String classifiedBy,
        Instant classifiedAt,
        String comment,
        Integer faultCode) {

    /** The longest running time between two stops that an operator may merge into one stop. */
    public static final Duration MAX_MERGE_GAP = Duration.ofMinutes(5);

    /** Where the reason came from. */
    public enum Source {
        /** Nobody has given a reason yet: the stop waits for an operator. */
        NONE,
        /** From a rule: the PLC's fault code through the tree's mapping, the stop's state, the micro-stop threshold. */
        AUTOMATIC,
        OPERATOR
    }

    public static DowntimeEvent open(long assetId, Instant start) {
        return new DowntimeEvent(assetId, start, null, null, Source.NONE, null, null, null, null);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** How long the stop lasted, or has lasted until {@code now} while it is open. */
    public Duration duration(Instant now) {
        return Duration.between(start, isOpen() ? now : end);
    }

    public DowntimeEvent close(Instant at) {
        if (at.isBefore(start)) {
            throw new IllegalArgumentException(
                    "stop of asset " + assetId + " cannot end at " + at + ", before it began at " + start);
        }
        return new DowntimeEvent(assetId, start, at, reason, source, classifiedBy, classifiedAt, comment, faultCode);
    }

    /** A rule gives the reason; an operator's reason stays. */
    public DowntimeEvent classifyAutomatically(DowntimeReason automaticReason) {
        return source == Source.OPERATOR || automaticReason == null
                ? this
                : new DowntimeEvent(
                        assetId, start, end, automaticReason, Source.AUTOMATIC, null, null, comment, faultCode);
    }

    /** The PLC reported a fault code for this stop; its mapped reason (null: none) becomes the automatic reason. */
    public DowntimeEvent faultReported(int code, DowntimeReason mapped) {
        return new DowntimeEvent(assetId, start, end, reason, source, classifiedBy, classifiedAt, comment, code)
                .classifyAutomatically(mapped);
    }

    /** An operator gives the reason; it overrides an automatic one. */
    public DowntimeEvent classify(DowntimeReason operatorReason, String by, Instant at) {
        return new DowntimeEvent(assetId, start, end, operatorReason, Source.OPERATOR, by, at, comment, faultCode);
    }

    public DowntimeEvent comment(String text) {
        return new DowntimeEvent(assetId, start, end, reason, source, classifiedBy, classifiedAt, text, faultCode);
    }

    public boolean awaitsClassification() {
        return reason == null;
    }

    /**
     * Splits the stop in two at {@code at}, e.g. a fault that turned into a changeover; both parts keep
     * the reason, the fault code and the comment, and the second stays open if the stop is.
     */
    public List<DowntimeEvent> split(Instant at) {
        if (!at.isAfter(start) || (end != null && !at.isBefore(end))) {
            throw new IllegalArgumentException("split time " + at + " is not inside the stop of asset " + assetId
                    + " from " + start + " to " + (end == null ? "now" : end)
                    + "; give an instant after its start and before its end");
        }
        return List.of(
                new DowntimeEvent(assetId, start, at, reason, source, classifiedBy, classifiedAt, comment, faultCode),
                new DowntimeEvent(assetId, at, end, reason, source, classifiedBy, classifiedAt, comment, faultCode));
    }

    /**
     * Merges this stop with the next one of the same asset into one stop from this one's start to the
     * next one's end; the running time between them (at most {@link #MAX_MERGE_GAP}) becomes stop time.
     * The merged stop keeps an operator's reason over a rule's and the earlier over the later; the
     * comments are kept, joined.
     */
    public DowntimeEvent merge(DowntimeEvent next) {
        if (assetId != next.assetId) {
            throw new IllegalArgumentException("the stops are of assets " + assetId + " and " + next.assetId
                    + "; only stops of one asset can be merged");
        }
        if (isOpen() || next.start.isBefore(end)) {
            throw new IllegalArgumentException("the stop from " + next.start + " does not follow the stop from " + start
                    + " to " + (end == null ? "now" : end) + "; merge consecutive stops, earliest first");
        }
        if (Duration.between(end, next.start).compareTo(MAX_MERGE_GAP) > 0) {
            throw new IllegalArgumentException("the stops from " + start + " and from " + next.start + " are "
                    + Duration.between(end, next.start).toSeconds() + " s apart; stops more than "
                    + MAX_MERGE_GAP.toMinutes() + " minutes apart are not one stop");
        }
        DowntimeEvent kept = next.source.compareTo(source) > 0 ? next : this;
        return new DowntimeEvent(
                assetId,
                start,
                next.end,
                kept.reason,
                kept.source,
                kept.classifiedBy,
                kept.classifiedAt,
                joined(comment, next.comment),
                faultCode != null ? faultCode : next.faultCode);
    }

    private static String joined(String first, String second) {
        List<String> parts = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            parts.add(first);
        }
        if (second != null && !second.isBlank() && !second.equals(first)) {
            parts.add(second);
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }
}
