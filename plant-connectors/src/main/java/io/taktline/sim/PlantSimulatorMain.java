package io.taktline.sim;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the plant simulator standalone until the process is stopped, or for a stretch of simulated
 * time with {@code --run-for}.
 *
 * <pre>java -jar taktline-plant-connectors-*-simulator.jar [--config sim.properties] [--host H] [--port N]
 *     [--seed S] [--speed X] [--fast | --publish-ms MS] [--load-variables N] [--start ISO-INSTANT]
 *     [--truth truth.json | truth-folder] [--run-for 8h]</pre>
 *
 * A config file is a properties file with the same keys without the dashes ({@code port=4841});
 * options on the command line win over it.
 */
public final class PlantSimulatorMain {

    static final String USAGE = "usage: java -jar taktline-plant-connectors-simulator.jar [--config file.properties]"
            + " [--host localhost] [--port 4840] [--seed 42] [--speed 1.0] [--fast | --publish-ms 250]"
            + " [--load-variables 0] [--start 2026-01-05T06:00:00Z] [--truth truth.json|folder] [--run-for 8h]";

    private static final List<String> FLAGS = List.of("--fast");

    /**
     * What the command line asks for.
     *
     * @param truth where to write the ground truth when the run ends (JSON for a {@code .json} file,
     *     CSV files into a folder otherwise), or null
     * @param runFor simulated time after which to write the truth and stop, or null to run until stopped
     */
    record Options(SimulatorSettings settings, Path truth, Duration runFor) {}

    private PlantSimulatorMain() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        PlantSimulator simulator = PlantSimulator.start(options.settings());
        System.out.println("Taktline plant simulator serving " + simulator.endpointUrl() + " ("
                + simulator.variableCount() + " variables)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            finish(simulator, options);
            stopped.countDown();
        }));
        if (options.runFor() != null) {
            Instant end = simulator.simulatedStart().plus(options.runFor());
            while (simulator.simulatedNow().isBefore(end)) {
                Thread.sleep(50);
            }
            System.exit(0);
        }
        stopped.await();
    }

    private static void finish(PlantSimulator simulator, Options options) {
        if (options.truth() != null) {
            simulator.groundTruth().writeTo(options.truth());
            System.out.println("ground truth written to " + options.truth());
        }
        simulator.close();
    }

    static Options parse(String[] args) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option --config needs a value");
                }
                all.addAll(0, configFile(Path.of(args[++i])));
            } else {
                all.add(args[i]);
            }
        }
        SimulatorSettings settings = SimulatorSettings.defaults();
        Path truth = null;
        Duration runFor = null;
        for (int i = 0; i < all.size(); i++) {
            String option = all.get(i);
            if (option.equals("--fast")) {
                settings = settings.fast();
                continue;
            }
            if (i + 1 >= all.size()) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = all.get(++i);
            try {
                switch (option) {
                    case "--host" ->
                        settings = new SimulatorSettings(
                                value,
                                settings.port(),
                                settings.seed(),
                                settings.speed(),
                                settings.publishInterval(),
                                settings.loadVariables(),
                                settings.start(),
                                settings.groundTruth());
                    case "--port" ->
                        settings = new SimulatorSettings(
                                settings.host(),
                                Integer.parseInt(value),
                                settings.seed(),
                                settings.speed(),
                                settings.publishInterval(),
                                settings.loadVariables(),
                                settings.start(),
                                settings.groundTruth());
                    case "--seed" ->
                        settings = new SimulatorSettings(
                                settings.host(),
                                settings.port(),
                                Long.parseLong(value),
                                settings.speed(),
                                settings.publishInterval(),
                                settings.loadVariables(),
                                settings.start(),
                                settings.groundTruth());
                    case "--speed" ->
                        settings = new SimulatorSettings(
                                settings.host(),
                                settings.port(),
                                settings.seed(),
                                Double.parseDouble(value),
                                settings.publishInterval(),
                                settings.loadVariables(),
                                settings.start(),
                                settings.groundTruth());
                    case "--publish-ms" ->
                        settings = settings.withPublishInterval(Duration.ofMillis(Long.parseLong(value)));
                    case "--load-variables" -> settings = settings.withLoadPlant(Integer.parseInt(value));
                    case "--start" -> settings = settings.withStart(Instant.parse(value));
                    case "--truth" -> {
                        truth = Path.of(value);
                        settings = settings.withGroundTruth(true);
                    }
                    case "--run-for" -> runFor = duration(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "option " + option + " has value '" + value + "'; expected a number");
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "option " + option + " has value '" + value + "'; expected e.g. 2026-01-05T06:00:00Z or 8h");
            }
        }
        return new Options(settings, truth, runFor);
    }

    /** 8h, 90m, 30s or an ISO-8601 duration (PT8H). */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+(\\.\\d+)?[hms]")) {
            double amount = Double.parseDouble(t.substring(0, t.length() - 1));
            double seconds = amount
                    * switch (t.charAt(t.length() - 1)) {
                        case 'h' -> 3600;
                        case 'm' -> 60;
                        default -> 1;
                    };
            return Duration.ofMillis(Math.round(seconds * 1000));
        }
        return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    }

    private static List<String> configFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage());
        }
        List<String> args = new ArrayList<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            String value = properties.getProperty(key).strip();
            if (FLAGS.contains("--" + key)) {
                if (Boolean.parseBoolean(value)) {
                    args.add("--" + key);
                }
            } else {
                args.add("--" + key);
                args.add(value);
            }
        }
        return args;
    }
}
