package io.taktline.core.takt;

import java.time.Duration;

/**
 * Where a line stands against its plan at a moment of the shift: its takt, the planned count for
 * the shift, the count it should have reached by now, the count it has, and their ratio.
 */
public record TaktStatus(Takt takt, long planned, long shouldBe, long actual) {

    /**
     * @param netTimeElapsed net available time elapsed since the shift began (breaks excluded)
     */
    public static TaktStatus at(Takt takt, long planned, Duration netTimeElapsed, long actual) {
        long shouldBe = Math.min(planned, (long) Math.floor(takt.unitsIn(netTimeElapsed)));
        return new TaktStatus(takt, planned, shouldBe, actual);
    }

    /** Actual ÷ should-be: 1.0 is on plan, below is behind. 1.0 before the first unit is due. */
    public double adherence() {
        return shouldBe == 0 ? 1.0 : actual / (double) shouldBe;
    }

    /** Units ahead of (positive) or behind (negative) plan. */
    public long gap() {
        return actual - shouldBe;
    }
}
