package io.taktline.sim;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the plant simulator until the process is stopped.
 *
 * <pre>java -cp ... io.taktline.sim.PlantSimulatorMain [--host H] [--port N] [--seed S] [--speed X]</pre>
 */
public final class PlantSimulatorMain {

    private static final String USAGE =
            "usage: PlantSimulatorMain [--host localhost] [--port 4840] [--seed 42] [--speed 1.0]";

    private PlantSimulatorMain() {}

    public static void main(String[] args) throws Exception {
        SimulatorSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        PlantSimulator simulator = PlantSimulator.start(settings);
        System.out.println("Taktline plant simulator serving " + simulator.endpointUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    static SimulatorSettings parse(String[] args) {
        SimulatorSettings defaults = SimulatorSettings.defaults();
        String host = defaults.host();
        int port = defaults.port();
        long seed = defaults.seed();
        double speed = defaults.speed();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[i + 1];
            try {
                switch (args[i]) {
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--speed" -> speed = Double.parseDouble(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "option " + args[i] + " has value '" + value + "'; expected a number");
            }
        }
        return new SimulatorSettings(host, port, seed, speed);
    }
}
