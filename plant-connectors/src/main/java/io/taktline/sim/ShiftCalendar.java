package io.taktline.sim;

/**
 * The plant's planned breaks: three shifts of eight hours from the start of the run, each with a
 * break of 15 minutes after two hours, a meal break of 30 minutes after four and another 15 minutes
 * after six hours fifteen. Times are simulated seconds since the start.
 */
final class ShiftCalendar {

    static final double SHIFT_S = 8 * 3600;

    /** Start offset within the shift and length of each break, in seconds. */
    private static final double[][] BREAKS = {{2 * 3600, 15 * 60}, {4 * 3600, 30 * 60}, {6.25 * 3600, 15 * 60}};

    /** The start and end of the first break that starts at or after {@code from}. */
    double[] nextBreak(double from) {
        double shiftStart = Math.floor(from / SHIFT_S) * SHIFT_S;
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
