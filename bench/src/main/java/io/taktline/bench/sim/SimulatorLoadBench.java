package io.taktline.bench.sim;

import io.taktline.connect.ConnectionState;
import io.taktline.connect.EndpointSettings;
import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.SampleSink;
import io.taktline.connect.TagBinding;
import io.taktline.sim.PlantLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Whether a load plant of N variables keeps its 1 s update rate: the simulator runs in a child JVM
 * (its CPU time and RSS measured alone), a connector in this JVM subscribes to some of its
 * condition-monitoring values to show they reach a client. Baseline: the demo plant, same procedure,
 * same invocation. Arguments (all optional): variables (100000), publish ms (1000), subscribed items
 * (10000), warm-up s (20), measured s (60), heap of the simulator JVM (-Xmx, 2g).
 *
 * <pre>
 * mvn -B -q -o install -DskipTests
 * mvn -B -q -pl bench exec:java -Dexec.mainClass=io.taktline.bench.sim.SimulatorLoadBench
 * </pre>
 */
public final class SimulatorLoadBench {

    private record Stat(
            long ticks,
            long late,
            long values,
            double meanTickMs,
            double maxTickMs,
            long cpuNanos,
            long rssKb,
            long heapMb) {
        static Stat parse(String line) {
            String[] f = line.split(" ");
            return new Stat(
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]),
                    Long.parseLong(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]),
                    Long.parseLong(f[6]),
                    Long.parseLong(f[7]),
                    Long.parseLong(f[8]));
        }
    }

    public static void main(String[] args) throws Exception {
        int variables = arg(args, 0, 100_000);
        int publishMs = arg(args, 1, 1000);
        int items = arg(args, 2, 10_000);
        int warmUp = arg(args, 3, 20);
        int measured = arg(args, 4, 60);
        String heap = args.length > 5 ? args[5] : "2g";
        System.out.println("== baseline: demo plant");
        run(0, publishMs, Math.min(items, 500), Math.min(warmUp, 10), Math.min(measured, 20), heap);
        System.out.println("== load plant");
        run(variables, publishMs, items, warmUp, measured, heap);
        System.exit(0);
    }

    private static void run(int variables, int publishMs, int items, int warmUp, int measured, String heap)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + heap,
                        "-cp",
                        io.taktline.bench.ChildJvm.classPath(SimulatorLoadBench.class),
                        SimulatorLoadServer.class.getName(),
                        String.valueOf(variables),
                        String.valueOf(publishMs),
                        String.valueOf(port))
                .redirectErrorStream(true)
                .start();
        AtomicReference<Stat> latest = new AtomicReference<>();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String[] ready = awaitReady(lines);
            String url = ready[1];
            Thread reader = new Thread(() -> {
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("STAT ")) {
                            latest.set(Stat.parse(line));
                        }
                    }
                } catch (Exception e) {
                    // the server ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            System.out.printf("simulator serving %s variables, started in %s s%n", ready[2], ready[3]);

            PlantLayout layout = variables == 0 ? PlantLayout.demo() : PlantLayout.load(variables);
            List<TagBinding> tags = new ArrayList<>();
            for (NodeRef node : layout.allVariableNodes()) {
                String id = node.identifier();
                boolean moving = id.endsWith("/MotorCurrent")
                        || id.endsWith("/Vibration")
                        || id.endsWith("/Tonnage")
                        || id.endsWith("/Temperature")
                        || id.endsWith("/Humidity")
                        || id.endsWith("/StrokeRate");
                if (moving && tags.size() < items) {
                    tags.add(new TagBinding(tags.size(), node, publishMs));
                }
            }
            LongAdder notifications = new LongAdder();
            SampleSink sink = sample -> notifications.increment();
            EndpointSettings endpoint = EndpointSettings.builder("simulator", url)
                    .maxItemsPerSubscription(5_000)
                    .build();
            try (OpcUaConnector connector = new OpcUaConnector(endpoint, tags, sink)) {
                connector.start();
                long connectStart = System.nanoTime();
                while (connector.status().state() != ConnectionState.CONNECTED) {
                    if (System.nanoTime() - connectStart > 180_000_000_000L) {
                        throw new IllegalStateException("not connected after 180 s: " + connector.status());
                    }
                    Thread.sleep(100);
                }
                Thread.sleep(warmUp * 1000L);
                Stat s0 = latest.get();
                long n0 = notifications.sum();
                long t0 = System.nanoTime();
                Thread.sleep(measured * 1000L);
                long t1 = System.nanoTime();
                long n1 = notifications.sum();
                Stat s1 = latest.get();
                double seconds = (t1 - t0) / 1e9;
                long ticks = s1.ticks() - s0.ticks();
                System.out.printf(
                        "variables=%s publish=%d ms window=%.1f s subscribed=%d%n",
                        ready[2], publishMs, seconds, tags.size());
                System.out.printf(
                        "updates: %d in the window (%.2f/s, expected %.2f/s), late (> %d ms): %d, mean %.1f ms, max %.1f ms%n",
                        ticks,
                        ticks / seconds,
                        1000.0 / publishMs,
                        publishMs,
                        s1.late() - s0.late(),
                        s1.meanTickMs(),
                        s1.maxTickMs());
                System.out.printf("values changed and served: %.0f /s%n", (s1.values() - s0.values()) / seconds);
                System.out.printf(
                        "simulator JVM: CPU %.2f cores, RSS %d MB, heap used %d MB%n",
                        (s1.cpuNanos() - s0.cpuNanos()) / 1e9 / seconds, s1.rssKb() / 1024, s1.heapMb());
                System.out.printf(
                        "client: %.0f notifications/s for %d items, connector %s, tag failures %d%n",
                        (n1 - n0) / seconds,
                        tags.size(),
                        connector.status().state(),
                        connector.status().tagFailures().size());
            }
        } finally {
            server.getOutputStream().close();
            server.destroy();
            server.waitFor();
        }
    }

    private static String[] awaitReady(BufferedReader lines) throws Exception {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return line.split(" ");
            }
            System.out.println("[simulator] " + line);
        }
        throw new IllegalStateException("simulator ended before it was ready");
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
