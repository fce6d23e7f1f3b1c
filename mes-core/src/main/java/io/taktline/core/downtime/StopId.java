package io.taktline.core.downtime;

/**
 * The id of a stored stop, as it crosses from the interfaces into the downtime service: a stop's id
 * cannot be taken for an asset's, and an id that no stop can have (zero or below) is refused where it
 * comes in.
 */
public record StopId(long value) {

    public StopId {
        if (value <= 0) {
            throw new IllegalArgumentException("a stop id is a whole number of 1 or more, not " + value);
        }
    }

    /** As in the API and the audit trail: the number alone. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
