package io.taktline.core.takt;

import java.time.Duration;

/** The pace a line must keep to meet demand: net available time of the shift ÷ demand of the shift. */
public record Takt(Duration time) {

    public Takt {
        if (time.isZero() || time.isNegative()) {
            throw new IllegalArgumentException("takt must be positive, was " + time);
        }
    }

    public static Takt of(Duration netAvailableTime, long demand) {
        if (demand <= 0) {
            throw new IllegalArgumentException(
                    "a demand of " + demand + " units gives no takt; plan at least one unit for the shift");
        }
        if (netAvailableTime.isZero() || netAvailableTime.isNegative()) {
            throw new IllegalArgumentException(
                    "net available time " + netAvailableTime + " leaves no time to produce; check the shift's breaks");
        }
        return new Takt(netAvailableTime.dividedBy(demand));
    }

    public double seconds() {
        return time.toNanos() / 1e9;
    }

    /** How many units should be done after {@code netTimeElapsed} of net production time. */
    public double unitsIn(Duration netTimeElapsed) {
        return netTimeElapsed.toNanos() / (double) time.toNanos();
    }
}
