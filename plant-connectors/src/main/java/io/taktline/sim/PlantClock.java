package io.taktline.sim;

import java.time.Duration;

/** Simulated time: advances by wall-clock time multiplied by the simulation speed. */
final class PlantClock {

    private final double speed;
    private double simulatedSeconds;

    PlantClock(double speed) {
        this.speed = speed;
    }

    /** Advances by a wall-clock interval; returns the simulated seconds that passed. */
    double advance(Duration wall) {
        double step = wall.toNanos() / 1e9 * speed;
        simulatedSeconds += step;
        return step;
    }

    double simulatedSeconds() {
        return simulatedSeconds;
    }
}
