package io.taktline.connect;

import java.time.Duration;

/** Delays between connection attempts: doubling from a first delay up to a ceiling. */
final class RetryBackoff {

    private final Duration first;
    private final Duration ceiling;
    private Duration next;

    RetryBackoff(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling;
        this.next = first;
    }

    /** The delay before the next attempt; each call doubles the one after, up to the ceiling. */
    Duration next() {
        Duration current = next;
        Duration doubled = current.multipliedBy(2);
        next = doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
        return current;
    }

    void reset() {
        next = first;
    }

    Duration ceiling() {
        return ceiling;
    }
}
