package io.taktline.core.takt;

/**
 * Turns successive readings of a PLC part counter into counted parts, the way real counters
 * behave: an unsigned 32-bit counter rolls over to 0 after 4,294,967,295; a PLC restart or a
 * shift-change reset puts it back to 0 (or near it); a jump far beyond what the line can make
 * between two readings is a counter preset, not production, and is not counted.
 */
public final class CycleCounter {

    public static final long UINT32_RANGE = 1L << 32;

    /** What one reading meant. */
    public enum Reading {
        FIRST,
        COUNTED,
        UNCHANGED,
        ROLLOVER,
        RESET,
        JUMP
    }

    private final long maxPartsPerReading;
    private long last = -1;
    private long total;

    /**
     * @param maxPartsPerReading the most parts the equipment can make between two readings; a
     *     larger increase is taken as a preset of the counter
     */
    public CycleCounter(long maxPartsPerReading) {
        if (maxPartsPerReading < 1) {
            throw new IllegalArgumentException("maxPartsPerReading must be at least 1, was " + maxPartsPerReading);
        }
        this.maxPartsPerReading = maxPartsPerReading;
    }

    /** Takes the next counter value; returns what it meant. {@link #parts()} has the running count. */
    public Reading read(long value) {
        if (value < 0 || value >= UINT32_RANGE) {
            throw new IllegalArgumentException("part counter value " + value + " is outside the UInt32 range");
        }
        if (last < 0) {
            last = value;
            return Reading.FIRST;
        }
        long previous = last;
        last = value;
        if (value == previous) {
            return Reading.UNCHANGED;
        }
        if (value > previous) {
            long made = value - previous;
            if (made > maxPartsPerReading) {
                return Reading.JUMP;
            }
            total += made;
            return Reading.COUNTED;
        }
        long acrossRollover = UINT32_RANGE - previous + value;
        if (acrossRollover <= maxPartsPerReading) {
            total += acrossRollover;
            return Reading.ROLLOVER;
        }
        // Counted from zero again: what it shows now was made since the reset.
        if (value <= maxPartsPerReading) {
            total += value;
        }
        return Reading.RESET;
    }

    /** Parts counted since the first reading. */
    public long parts() {
        return total;
    }
}
