package io.taktline.sim;

/** Simulated time: the wall-clock time since the start multiplied by the simulation speed. */
final class PlantClock {

    private final double speed;
    private final long startNanos;

    PlantClock(double speed, long startNanos) {
        this.speed = speed;
        this.startNanos = startNanos;
    }

    /** Simulated seconds since the start at the given {@link System#nanoTime()}. */
    double simulatedSeconds(long nanoTime) {
        return (nanoTime - startNanos) / 1e9 * speed;
    }
}
