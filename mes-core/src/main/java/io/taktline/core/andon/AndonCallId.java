package io.taktline.core.andon;

/** The id of an andon call, as it crosses from the interfaces into the service. */
public record AndonCallId(long value) {

    public AndonCallId {
        if (value <= 0) {
            throw new IllegalArgumentException("an andon call id is a whole number of 1 or more, not " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
