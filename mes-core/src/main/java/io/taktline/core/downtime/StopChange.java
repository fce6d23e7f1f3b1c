package io.taktline.core.downtime;

import java.time.Instant;

/** What a {@link StopDetector} saw happen to an asset's stops, to be stored in the order it happened. */
public sealed interface StopChange {

    long assetId();

    /** A stop began; stored at once, so that the board and the API see running stops. */
    record Opened(DowntimeEvent stop) implements StopChange {
        @Override
        public long assetId() {
            return stop.assetId();
        }
    }

    /** The PLC's fault code for the open stop arrived after the stop opened: it may give the reason. */
    record FaultReported(DowntimeEvent stop) implements StopChange {
        @Override
        public long assetId() {
            return stop.assetId();
        }
    }

    /**
     * The asset's open stop ended at {@code at}.
     *
     * @param stop the detector's view of the stop, with the automatic reason it gets on closing; null
     *     when the detector did not see it open (a stop left open before a restart)
     */
    record Closed(long assetId, Instant at, DowntimeEvent stop) implements StopChange {}

    /** A stop ended the instant it began: it lost no time and is taken back. */
    record Cancelled(DowntimeEvent stop) implements StopChange {
        @Override
        public long assetId() {
            return stop.assetId();
        }
    }
}
