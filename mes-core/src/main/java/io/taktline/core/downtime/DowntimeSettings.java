package io.taktline.core.downtime;

import java.time.Duration;

/**
 * The thresholds of the stop rules.
 *
 * @param microStopThreshold an IDLE or DOWN stop without a fault code that is shorter than this is a
 *     micro-stop (key taktline.downtime.micro-stop-seconds)
 * @param noSignalTimeout an asset OFFLINE this long has a NO_SIGNAL stop from when it went quiet (key
 *     taktline.downtime.no-signal-timeout-seconds)
 */
public record DowntimeSettings(Duration microStopThreshold, Duration noSignalTimeout) {

    /**
     * 150 s: the simulator's micro-stops last up to 120 s, so every one of them is a micro-stop, while
     * its fault repairs (30 s and more) carry fault codes and its changeovers (6 to 9 min) and breaks have
     * reasons of their own.
     */
    public static final DowntimeSettings DEFAULTS =
            new DowntimeSettings(Duration.ofSeconds(150), Duration.ofMinutes(5));

    public DowntimeSettings {
        if (microStopThreshold.isNegative() || noSignalTimeout.isNegative()) {
            throw new IllegalArgumentException("downtime thresholds cannot be negative");
        }
    }
}
