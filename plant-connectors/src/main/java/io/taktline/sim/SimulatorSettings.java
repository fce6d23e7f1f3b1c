package io.taktline.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * How the plant simulator runs.
 *
 * @param host the host name to bind and advertise, default {@code localhost}
 * @param port the TCP port, default 4840; 0 picks a free port
 * @param seed the random seed: the same seed gives the same sequence of events, default 42
 * @param speed simulated seconds per wall-clock second, default 1.0; 480 runs an 8 h shift in a minute
 * @param publishInterval wall-clock time between two updates of the served values, default 250 ms;
 *     100 ms is the fast (10 Hz) mode
 * @param loadVariables 0 for the demo plant (about 50 pieces of equipment); else serve a load plant
 *     with at least this many variables changing at every update (and more in all)
 * @param start the simulated instant the run starts at (source timestamps count from it); null for
 *     the wall-clock time at start
 * @param groundTruth whether to record what happens for {@link PlantSimulator#groundTruth()}, default
 *     false (the record grows with every cycle)
 */
public record SimulatorSettings(
        String host,
        int port,
        long seed,
        double speed,
        Duration publishInterval,
        int loadVariables,
        Instant start,
        boolean groundTruth) {

    public static final Duration DEFAULT_PUBLISH_INTERVAL = Duration.ofMillis(250);

    public static final Duration FAST_PUBLISH_INTERVAL = Duration.ofMillis(100);

    public SimulatorSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("simulator host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("simulator port " + port + " is out of range; expected 0..65535");
        }
        if (!(speed > 0)) {
            throw new IllegalArgumentException("simulator speed " + speed + " must be > 0");
        }
        if (publishInterval == null || publishInterval.toMillis() < 10) {
            throw new IllegalArgumentException(
                    "simulator publish interval " + publishInterval + " is too short; give 10 ms or more");
        }
        if (loadVariables < 0) {
            throw new IllegalArgumentException(
                    "simulator load plant size " + loadVariables + " must be 0 (demo plant) or a number of variables");
        }
    }

    public SimulatorSettings(String host, int port, long seed, double speed) {
        this(host, port, seed, speed, DEFAULT_PUBLISH_INTERVAL, 0, null, false);
    }

    public static SimulatorSettings defaults() {
        return new SimulatorSettings("localhost", 4840, 42, 1.0);
    }

    public SimulatorSettings withPublishInterval(Duration interval) {
        return new SimulatorSettings(host, port, seed, speed, interval, loadVariables, start, groundTruth);
    }

    /** The fast mode: values served ten times a second. */
    public SimulatorSettings fast() {
        return withPublishInterval(FAST_PUBLISH_INTERVAL);
    }

    public SimulatorSettings withLoadPlant(int variables) {
        return new SimulatorSettings(host, port, seed, speed, publishInterval, variables, start, groundTruth);
    }

    public SimulatorSettings withStart(Instant simulatedStart) {
        return new SimulatorSettings(
                host, port, seed, speed, publishInterval, loadVariables, simulatedStart, groundTruth);
    }

    public SimulatorSettings withGroundTruth(boolean record) {
        return new SimulatorSettings(host, port, seed, speed, publishInterval, loadVariables, start, record);
    }

    /** The plant these settings serve: the demo plant or a load plant. */
    public PlantLayout layout() {
        return loadVariables == 0 ? PlantLayout.demo() : PlantLayout.load(loadVariables);
    }
}
