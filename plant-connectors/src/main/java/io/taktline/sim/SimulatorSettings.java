package io.taktline.sim;

/**
 * How the plant simulator runs.
 *
 * @param host the host name to bind and advertise, default {@code localhost}
 * @param port the TCP port, default 4840; 0 picks a free port
 * @param seed the random seed: the same seed gives the same sequence of states and counts, default 42
 * @param speed simulated seconds per wall-clock second, default 1.0
 */
public record SimulatorSettings(String host, int port, long seed, double speed) {

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
    }

    public static SimulatorSettings defaults() {
        return new SimulatorSettings("localhost", 4840, 42, 1.0);
    }
}
