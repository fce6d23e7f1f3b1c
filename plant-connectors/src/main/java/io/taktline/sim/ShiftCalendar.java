package io.taktline.sim;

import java.time.Instant;

/**
 * The plant's planned breaks: three shifts of eight hours a day starting at 06:00, 14:00 and 22:00
 * UTC, each with a break of 15 minutes after two hours, a meal break of 30 minutes after four and
 * another 15 minutes after six hours fifteen (the MES's demo calendar has the same). Times are
 * simulated seconds since the start of the run.
 */
final class ShiftCalendar {

    static final double SHIFT_S = 8 * 3600;

    /** The first shift of a UTC day starts at 06:00. */
    static final double FIRST_SHIFT_OF_DAY_S = 6 * 3600;

    /** Seconds from the start of the shift running at the start of the run to that start. */
    private final double phase;

    /** The calendar of a run starting at {@code start}. */
    ShiftCalendar(Instant start) {
        double secondsOfDay = start.getEpochSecond() % 86_400 + start.getNano() / 1e9;
        this.phase = ((secondsOfDay - FIRST_SHIFT_OF_DAY_S) % SHIFT_S + SHIFT_S) % SHIFT_S;
    }

    /** Start offset within the shift and length of each break, in seconds. */
    private static final double[][] BREAKS = {{2 * 3600, 15 * 60}, {4 * 3600, 30 * 60}, {6.25 * 3600, 15 * 60}};

    /**
     * The start and end of the first break that starts at or after {@code from}. A run started
     * during a break skips it: the demo and the tests see the plant producing from the first second.
     */
    double[] nextBreak(double from) {
        double shiftStart = Math.floor((from + phase) / SHIFT_S) * SHIFT_S - phase;
        while (true) {
            for (double[] pause : BREAKS) {
                double start = shiftStart + pause[0];
                if (start >= from) {
                    return new double[] {start, start + pause[1]};
                }
            }
            shiftStart += SHIFT_S;
        }
    }

    /** Planned break time within one shift, in seconds. */
    static double breakSecondsPerShift() {
        double total = 0;
        for (double[] pause : BREAKS) {
            total += pause[1];
        }
        return total;
    }
}
