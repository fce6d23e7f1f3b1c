package io.taktline.bench.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * A load server: {@code Objects/Load/V0..V<n-1>}, Doubles that all change every period. Values are
 * pushed straight into the monitored items (no sampling), so the server spends its time on
 * notifications, not on reading nodes.
 *
 * <p>Run alone: {@code LoadServer <nodes> <port> <periodMs>}; prints {@code READY <url>}.
 */
public final class LoadServer implements AutoCloseable {

    public static final String NAMESPACE_URI = "urn:taktline:bench:load";

    private final OpcUaServer server;
    private final LoadNamespace namespace;
    private final ScheduledExecutorService ticker;
    private final String url;

    private LoadServer(int nodes, int port) {
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1")
                .setBindPort(port)
                .setHostname("127.0.0.1")
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        url = endpoint.getEndpointUrl();
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(NAMESPACE_URI)
                .setApplicationName(LocalizedText.english("Taktline load server"))
                .setProductUri(NAMESPACE_URI)
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine()))
                .build();
        server = new OpcUaServer(
                config,
                p -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new LoadNamespace(server, nodes);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-server-ticker");
            t.setDaemon(true);
            return t;
        });
    }

    public static LoadServer start(int nodes, int port, long periodMillis) throws Exception {
        LoadServer load = new LoadServer(nodes, port);
        load.namespace.startup();
        load.server.startup().get(60, TimeUnit.SECONDS);
        load.ticker.scheduleAtFixedRate(load.namespace::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return load;
    }

    public static NodeId nodeId(int namespaceIndex, int i) {
        return new NodeId(namespaceIndex, "V" + i);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        ticker.shutdownNow();
        namespace.shutdown();
        server.shutdown().get(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        long period = Long.parseLong(args[2]);
        LoadServer load = start(nodes, port, period);
        System.out.println("READY " + load.url());
        System.out.flush();
        // Runs until the parent closes stdin or kills it.
        while (System.in.read() >= 0) {
            // ignore input
        }
        load.close();
        System.exit(0);
    }

    private static final class LoadNamespace extends ManagedNamespaceWithLifecycle {
        private final int nodes;
        private final Map<NodeId, Integer> indexes = new ConcurrentHashMap<>();
        private final List<List<DataItem>> items = new ArrayList<>();
        private long tick;

        LoadNamespace(OpcUaServer server, int nodes) {
            super(server, NAMESPACE_URI);
            this.nodes = nodes;
            for (int i = 0; i < nodes; i++) {
                items.add(new CopyOnWriteArrayList<>());
            }
            getLifecycleManager().addStartupTask(this::addNodes);
        }

        private void addNodes() {
            UaFolderNode folder = new UaFolderNode(
                    getNodeContext(), newNodeId("Load"), newQualifiedName("Load"), LocalizedText.english("Load"));
            getNodeManager().addNode(folder);
            folder.addReference(
                    new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
            DateTime now = DateTime.now();
            for (int i = 0; i < nodes; i++) {
                UaVariableNode node = UaVariableNode.builder(getNodeContext())
                        .setNodeId(newNodeId("V" + i))
                        .setBrowseName(newQualifiedName("V" + i))
                        .setDisplayName(LocalizedText.english("V" + i))
                        .setDataType(NodeIds.Double)
                        .setValueRank(ValueRanks.Scalar)
                        .setAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY))
                        .setUserAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY))
                        .setValue(new DataValue(Variant.ofDouble(0), StatusCode.GOOD, now, now))
                        .buildAndAdd();
                folder.addOrganizes(node);
                indexes.put(node.getNodeId(), i);
            }
        }

        void tick() {
            long n = ++tick;
            DateTime now = DateTime.now();
            for (int i = 0; i < nodes; i++) {
                List<DataItem> watching = items.get(i);
                if (!watching.isEmpty()) {
                    DataValue value = new DataValue(Variant.ofDouble(n + i * 1e-6), StatusCode.GOOD, now, now);
                    for (DataItem item : watching) {
                        item.setValue(value);
                    }
                }
            }
        }

        @Override
        public void onDataItemsCreated(List<DataItem> dataItems) {
            for (DataItem item : dataItems) {
                Integer i = indexes.get(item.getReadValueId().getNodeId());
                if (i != null) {
                    items.get(i).add(item);
                }
            }
        }

        @Override
        public void onDataItemsModified(List<DataItem> dataItems) {}

        @Override
        public void onDataItemsDeleted(List<DataItem> dataItems) {
            for (DataItem item : dataItems) {
                Integer i = indexes.get(item.getReadValueId().getNodeId());
                if (i != null) {
                    items.get(i).remove(item);
                }
            }
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {}
    }
}
