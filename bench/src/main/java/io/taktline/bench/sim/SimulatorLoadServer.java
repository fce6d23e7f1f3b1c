package io.taktline.bench.sim;

import io.taktline.sim.PlantSimulator;
import io.taktline.sim.SimulatorSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The plant simulator in a JVM of its own, so that its CPU and memory can be measured alone. Prints
 * {@code READY <url> <variables> <startup s>}, then once a second
 * {@code STAT <ticks> <late ticks> <values published> <mean tick ms> <max tick ms> <cpu ns> <rss kB> <heap MB>}.
 * Arguments: load variables (0 = demo plant), publish interval ms, port.
 */
public final class SimulatorLoadServer {

    public static void main(String[] args) throws Exception {
        int variables = Integer.parseInt(args[0]);
        int publishMs = Integer.parseInt(args[1]);
        int port = Integer.parseInt(args[2]);
        long began = System.nanoTime();
        SimulatorSettings settings = new SimulatorSettings("localhost", port, 42, 1.0)
                .withPublishInterval(Duration.ofMillis(publishMs))
                .withLoadPlant(variables);
        PlantSimulator simulator = PlantSimulator.start(settings);
        System.out.printf(
                "READY %s %d %.1f%n",
                simulator.endpointUrl(), simulator.variableCount(), (System.nanoTime() - began) / 1e9);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var memory = ManagementFactory.getMemoryMXBean();
        while (System.in.available() >= 0) {
            Thread.sleep(1_000);
            PlantSimulator.Statistics s = simulator.statistics();
            System.out.printf(
                    "STAT %d %d %d %.2f %.2f %d %d %d%n",
                    s.ticks(),
                    s.lateTicks(),
                    s.valuesPublished(),
                    s.meanTickMillis(),
                    s.maxTickMillis(),
                    os.getProcessCpuTime(),
                    rssKilobytes(),
                    memory.getHeapMemoryUsage().getUsed() >> 20);
            if (System.in.available() < 0) {
                break;
            }
        }
    }

    private static long rssKilobytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
