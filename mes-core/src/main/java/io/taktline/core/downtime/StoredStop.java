package io.taktline.core.downtime;

import java.time.Duration;
import java.time.Instant;

/** A stop as stored: its id and the event. */
public record StoredStop(StopId id, DowntimeEvent event) {

    public long assetId() {
        return event.assetId();
    }

    public Instant start() {
        return event.start();
    }

    /** When it ended; null while it lasts. */
    public Instant end() {
        return event.end();
    }

    /** Null while it waits for an operator. */
    public DowntimeReason reason() {
        return event.reason();
    }

    public DowntimeEvent.Source source() {
        return event.source();
    }

    public boolean isOpen() {
        return event.isOpen();
    }

    /** How long it lasted, or has lasted until {@code now} while it is open. */
    public Duration duration(Instant now) {
        return event.duration(now);
    }
}
