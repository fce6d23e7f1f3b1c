package io.taktline.bench.connect;

import io.taktline.connect.ConnectionState;
import io.taktline.connect.EndpointSettings;
import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.SampleSink;
import io.taktline.connect.TagBinding;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Notifications per second from a Milo server with N Double nodes changing every period into a
 * counting sink, and the client's CPU over the measured window.
 *
 * <p>The load server runs in a child JVM so that the CPU measured is the client's alone (this JVM:
 * connector, Milo client, the idle Maven launcher). Arguments (all optional): nodes (50000), period
 * ms (100), max items per subscription (5000), warm-up s (15), measured s (30).
 *
 * <pre>
 * mvn -B -q -o install -DskipTests
 * mvn -B -q -pl bench exec:java -Dexec.mainClass=io.taktline.bench.connect.SubscriptionThroughputBench
 * </pre>
 */
public final class SubscriptionThroughputBench {

    public static void main(String[] args) throws Exception {
        int nodes = arg(args, 0, 50_000);
        int period = arg(args, 1, 100);
        int perSubscription = arg(args, 2, 5_000);
        int warmUp = arg(args, 3, 15);
        int measured = arg(args, 4, 30);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx2g",
                        "-cp",
                        io.taktline.bench.ChildJvm.classPath(SubscriptionThroughputBench.class),
                        LoadServer.class.getName(),
                        String.valueOf(nodes),
                        String.valueOf(port),
                        String.valueOf(period))
                .redirectErrorStream(true)
                .start();
        try {
            String url = awaitReady(server);
            LongAdder count = new LongAdder();
            SampleSink sink = sample -> count.increment();
            List<TagBinding> tags = new ArrayList<>(nodes);
            for (int i = 0; i < nodes; i++) {
                tags.add(new TagBinding(i, new NodeRef(LoadServer.NAMESPACE_URI, "s=V" + i), period));
            }
            EndpointSettings endpoint = EndpointSettings.builder("load", url)
                    .maxItemsPerSubscription(perSubscription)
                    .build();
            try (OpcUaConnector connector = new OpcUaConnector(endpoint, tags, sink)) {
                long connectStart = System.nanoTime();
                connector.start();
                while (connector.status().state() != ConnectionState.CONNECTED) {
                    if (System.nanoTime() - connectStart > 180_000_000_000L) {
                        throw new IllegalStateException("not connected after 180 s: " + connector.status());
                    }
                    Thread.sleep(100);
                }
                System.out.printf(
                        "connected and subscribed %d items in %d subscriptions in %.1f s%n",
                        nodes, connector.status().subscriptions(), (System.nanoTime() - connectStart) / 1e9);
                Thread.sleep(warmUp * 1000L);

                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpu0 = os.getProcessCpuTime();
                long n0 = count.sum();
                long t0 = System.nanoTime();
                Thread.sleep(measured * 1000L);
                long t1 = System.nanoTime();
                long n1 = count.sum();
                long cpu1 = os.getProcessCpuTime();

                double seconds = (t1 - t0) / 1e9;
                double rate = (n1 - n0) / seconds;
                double cores = (cpu1 - cpu0) / 1e9 / seconds;
                System.out.printf(
                        "nodes=%d period=%d ms items/subscription=%d window=%.1f s%n",
                        nodes, period, perSubscription, seconds);
                System.out.printf(
                        "offered: %.0f changes/s; delivered: %.0f notifications/s (%.1f %% of offered)%n",
                        nodes * 1000.0 / period, rate, 100 * rate / (nodes * 1000.0 / period));
                System.out.printf(
                        "client CPU: %.2f cores (process CPU time of the client JVM over the window)%n", cores);
                System.out.printf(
                        "goal: >= 400000 notifications/s under 1 core -> %s%n",
                        rate >= 400_000 && cores < 1.0 ? "met" : "NOT met");
                System.out.println("connector status: " + connector.status().state() + ", tag failures: "
                        + connector.status().tagFailures().size());
            }
        } finally {
            server.getOutputStream().close();
            server.destroy();
            server.waitFor();
        }
        System.exit(0);
    }

    private static String awaitReady(Process server) throws Exception {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(
                        () -> {
                            try {
                                while (lines.readLine() != null) {
                                    // discard the server's log
                                }
                            } catch (Exception e) {
                                // ended
                            }
                        },
                        "load-server-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring("READY ".length()).trim();
            }
            System.out.println("[load server] " + line);
        }
        throw new IllegalStateException("load server ended before it was ready");
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
