package io.taktline.core.downtime;

import io.taktline.core.state.EquipmentState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns an asset's state changes into stops: a stop opens when the asset goes DOWN (or is
 * OFFLINE past the no-signal timeout) and closes when it runs again. A stop shorter than the
 * micro-stop threshold is a micro-stop by rule; one that began with a PLC fault code gets its
 * reason from the reason tree; the rest wait for an operator.
 */
public final class StopDetector {

    private final String asset;
    private final ReasonTree reasons;
    private final Duration microStopThreshold;
    private final Duration noSignalTimeout;

    private DowntimeEvent open;
    private Integer faultCode;
    private Instant offlineSince;

    public StopDetector(String asset, ReasonTree reasons, Duration microStopThreshold, Duration noSignalTimeout) {
        this.asset = asset;
        this.reasons = reasons;
        this.microStopThreshold = microStopThreshold;
        this.noSignalTimeout = noSignalTimeout;
    }

    /** The fault code the PLC reports now (0 or null: none). */
    public void faultCode(Integer code) {
        this.faultCode = code == null || code == 0 ? null : code;
    }

    /** Takes a state change; returns the stop it closed, if any. */
    public Optional<DowntimeEvent> stateChanged(EquipmentState state, Instant at) {
        offlineSince = state == EquipmentState.OFFLINE ? at : null;
        if (state == EquipmentState.DOWN) {
            if (open == null) {
                open = DowntimeEvent.open(asset, at);
                if (faultCode != null) {
                    open = reasons.forFault(faultCode)
                            .map(open::classifyAutomatically)
                            .orElse(open);
                }
            }
            return Optional.empty();
        }
        if (state == EquipmentState.OFFLINE) {
            return Optional.empty();
        }
        return closeAt(at);
    }

    /** Called as time passes: an asset offline past the timeout has an unqualified stop from when it went quiet. */
    public void tick(Instant now) {
        if (open == null
                && offlineSince != null
                && Duration.between(offlineSince, now).compareTo(noSignalTimeout) >= 0) {
            open = DowntimeEvent.open(asset, offlineSince).classifyAutomatically(DowntimeReason.NO_SIGNAL);
        }
    }

    public Optional<DowntimeEvent> current() {
        return Optional.ofNullable(open);
    }

    private Optional<DowntimeEvent> closeAt(Instant at) {
        if (open == null) {
            return Optional.empty();
        }
        DowntimeEvent closed = open.close(at);
        open = null;
        if (closed.duration(at).compareTo(microStopThreshold) < 0 && closed.source() != DowntimeEvent.Source.OPERATOR) {
            closed = closed.classifyAutomatically(DowntimeReason.MICRO_STOP);
        }
        return Optional.of(closed);
    }
}
