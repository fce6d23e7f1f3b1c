package io.taktline.core.signal;

import java.time.Instant;

/**
 * One value of a tag as the interpreter reads it: the domain's own view of a connector's sample,
 * made only for tags that carry a signal.
 *
 * @param sourceTimeMicros when the value was true at the PLC, microseconds since the epoch
 * @param good whether the source vouched for the value (OPC UA Good or Uncertain)
 */
public record Reading(long tagId, long sourceTimeMicros, double value, boolean good) {

    public Instant at() {
        return Instant.ofEpochSecond(0, sourceTimeMicros * 1000);
    }
}
