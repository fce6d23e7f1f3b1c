package io.taktline.sim;

import io.taktline.sim.PlantLayout.ProcessValue;
import java.util.Random;

/**
 * One simulated station: cycles while running, fails now and then, stops briefly for lack of work.
 *
 * <p>Times are simulated seconds. All randomness comes from the station's own seeded {@link Random},
 * so the same seed gives the same sequence of states and counts however the steps are sliced.
 */
final class StationModel {

    static final double MEAN_TIME_BETWEEN_FAILURES_S = 20 * 60;
    static final double MEAN_TIME_TO_REPAIR_S = 90;
    static final double MINOR_STOP_PER_CYCLE = 0.02;
    static final double MEAN_MINOR_STOP_S = 20;
    private static final double CYCLE_NOISE = 0.05;
    private static final double VALUE_TIME_CONSTANT_S = 5;
    private static final double VALUE_NOISE_OF_SPAN = 0.01;
    private static final long COUNTER_MASK = 0xFFFF_FFFFL;

    private final String path;
    private final ProcessValue processValue;
    private final double cycleSeconds;
    private final Random random;
    // Separate stream, so that how often values are published does not change states and counts.
    private final Random noise;

    private StationState state = StationState.RUNNING;
    private long partCount;
    private double value;
    private double untilCycleEnd;
    private double untilFailure;
    private double untilRestart;

    StationModel(String path, ProcessValue processValue, double cycleSeconds, Random random) {
        this.path = path;
        this.processValue = processValue;
        this.cycleSeconds = cycleSeconds;
        this.random = random;
        this.noise = new Random(random.nextLong());
        this.partCount = random.nextInt(10_000);
        this.value = processValue.nominal();
        this.untilCycleEnd = nextCycleTime() * random.nextDouble();
        this.untilFailure = exponential(MEAN_TIME_BETWEEN_FAILURES_S);
    }

    /** Advances the station by a step of simulated time. */
    void advance(double seconds) {
        double remaining = seconds;
        while (remaining > 0) {
            remaining -= state == StationState.RUNNING ? run(remaining) : standStill(remaining);
        }
        settleValue(seconds);
    }

    String path() {
        return path;
    }

    ProcessValue processValue() {
        return processValue;
    }

    StationState state() {
        return state;
    }

    /** Parts made, as an unsigned 32-bit counter. */
    long partCount() {
        return partCount;
    }

    double value() {
        return value;
    }

    private double run(double available) {
        double step = Math.min(available, Math.min(untilCycleEnd, untilFailure));
        untilCycleEnd -= step;
        untilFailure -= step;
        if (untilFailure <= 0) {
            stop(StationState.DOWN, exponential(MEAN_TIME_TO_REPAIR_S));
        } else if (untilCycleEnd <= 0) {
            completeCycle();
        }
        return step;
    }

    private double standStill(double available) {
        double step = Math.min(available, untilRestart);
        untilRestart -= step;
        if (untilRestart <= 0) {
            if (state == StationState.DOWN) {
                untilFailure = exponential(MEAN_TIME_BETWEEN_FAILURES_S);
            }
            state = StationState.RUNNING;
            untilCycleEnd = nextCycleTime();
        }
        return step;
    }

    private void completeCycle() {
        partCount = (partCount + 1) & COUNTER_MASK;
        untilCycleEnd = nextCycleTime();
        if (random.nextDouble() < MINOR_STOP_PER_CYCLE) {
            stop(random.nextBoolean() ? StationState.STARVED : StationState.IDLE, exponential(MEAN_MINOR_STOP_S));
        }
    }

    private void stop(StationState stoppedState, double duration) {
        state = stoppedState;
        untilRestart = duration;
    }

    /** Moves the process value toward nominal while running, toward rest otherwise, with noise. */
    private void settleValue(double seconds) {
        double target = state == StationState.RUNNING ? processValue.nominal() : restValue();
        double span = processValue.max() - processValue.min();
        value += (target - value) * (1 - Math.exp(-seconds / VALUE_TIME_CONSTANT_S));
        value += noise.nextGaussian() * span * VALUE_NOISE_OF_SPAN;
        value = Math.max(processValue.min(), Math.min(processValue.max(), value));
    }

    private double restValue() {
        return processValue.min() + (processValue.nominal() - processValue.min()) * 0.2;
    }

    private double nextCycleTime() {
        double noisy = cycleSeconds * (1 + CYCLE_NOISE * random.nextGaussian());
        return Math.max(cycleSeconds / 2, noisy);
    }

    private double exponential(double mean) {
        return Math.max(1, -mean * Math.log(1 - random.nextDouble()));
    }
}
