package io.taktline.bench.connect;

import io.taktline.connect.ConnectionState;
import io.taktline.connect.EndpointSettings;
import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Recursive browse of a folder with N variables (default 100,000; 1,000 references per Browse
 * answer, so continuation points are followed), with data type and access level read for each.
 * Prints the nodes found, the time and the peak heap of the JVM (server and client share it).
 *
 * <pre>
 * mvn -B -q -pl bench exec:java -Dexec.mainClass=io.taktline.bench.connect.BrowseBench
 * </pre>
 */
public final class BrowseBench {

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LoadServer server = LoadServer.start(nodes, port, 60_000);
                OpcUaConnector connector =
                        new OpcUaConnector(new EndpointSettings("load", server.url()), List.of(), s -> {})) {
            connector.start();
            while (connector.status().state() != ConnectionState.CONNECTED) {
                Thread.sleep(100);
            }
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            LongAdder variables = new LongAdder();
            long start = System.nanoTime();
            long visited = connector
                    .browse(new NodeRef(LoadServer.NAMESPACE_URI, "s=Load"), 1_000_000, node -> {
                        if (node.isVariable() && "Double".equals(node.dataType()) && node.isReadable()) {
                            variables.increment();
                        }
                    })
                    .get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            System.out.printf(
                    "browsed %d nodes (%d readable Double variables) in %.1f s = %.0f nodes/s; peak heap %d MB"
                            + " (server included)%n",
                    visited, variables.sum(), seconds, visited / seconds, peakHeap / (1024 * 1024));
        }
        System.exit(0);
    }
}
