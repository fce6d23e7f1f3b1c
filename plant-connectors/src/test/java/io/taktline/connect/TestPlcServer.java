package io.taktline.connect;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
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
 * A small Milo server for the connector's tests (security None, anonymous, 127.0.0.1): a counter
 * changing every 100 ms, one variable of each kind the translator maps, a writable Int16 and
 * {@code values} Doubles. Can be stopped and started again on the same port.
 */
final class TestPlcServer implements AutoCloseable {

    static final String NAMESPACE_URI = "urn:taktline:test-plc";

    private final int port;
    private final int values;
    private final AtomicLong counter = new AtomicLong();
    private OpcUaServer server;
    private Namespace namespace;
    private ScheduledExecutorService ticker;

    private TestPlcServer(int port, int values) {
        this.port = port;
        this.values = values;
    }

    static TestPlcServer start(int values) throws Exception {
        TestPlcServer plc = new TestPlcServer(freePort(), values);
        plc.startAgain();
        return plc;
    }

    static NodeRef node(String name) {
        return new NodeRef(NAMESPACE_URI, "s=Line/" + name);
    }

    static NodeRef value(int i) {
        return new NodeRef(NAMESPACE_URI, "s=Line/Values/V" + i);
    }

    String url() {
        return "opc.tcp://127.0.0.1:" + port;
    }

    long counter() {
        return counter.get();
    }

    void startAgain() throws Exception {
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1")
                .setBindPort(port)
                .setHostname("plc.invalid") // advertised host that does not resolve: the client must rewrite it
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri("urn:taktline:test-plc:server")
                .setApplicationName(LocalizedText.english("Taktline test PLC"))
                .setProductUri("urn:taktline:test-plc")
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine()))
                .build();
        server = new OpcUaServer(
                config,
                p -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new Namespace(server);
        namespace.startup();
        server.startup().get(30, TimeUnit.SECONDS);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "test-plc-" + port);
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
    }

    /**
     * Makes every subscription go silent (no data, no keep-alives) while the session stays up, as
     * a server with a stuck publishing engine does.
     */
    void silenceSubscriptions() {
        server.getSubscriptions().values().forEach(subscription -> subscription.deleteSubscription());
    }

    void stop() throws Exception {
        ticker.shutdownNow();
        namespace.shutdown();
        server.shutdown().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private void tick() {
        long n = counter.incrementAndGet();
        DateTime now = DateTime.now();
        namespace.counter.setValue(new DataValue(Variant.ofUInt32(uint(n)), StatusCode.GOOD, now, now));
        for (int i = 0; i < namespace.values.size(); i++) {
            namespace
                    .values
                    .get(i)
                    .setValue(new DataValue(Variant.ofDouble(n + i / 1000.0), StatusCode.GOOD, now, now));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private final class Namespace extends ManagedNamespaceWithLifecycle {
        private final SubscriptionModel subscriptionModel;
        UaVariableNode counter;
        final List<UaVariableNode> values = new ArrayList<>();

        Namespace(OpcUaServer server) {
            super(server, NAMESPACE_URI);
            subscriptionModel = new SubscriptionModel(server, this);
            getLifecycleManager().addLifecycle(subscriptionModel);
            getLifecycleManager().addStartupTask(this::addNodes);
        }

        private void addNodes() {
            UaFolderNode line = folder("Line", "Line");
            line.addReference(
                    new Reference(line.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
            counter = variable(line, "Line/Counter", "Counter", NodeIds.UInt32, Variant.ofUInt32(uint(0)), false);
            variable(line, "Line/Setpoint", "Setpoint", NodeIds.Int16, Variant.ofInt16((short) 10), true);
            variable(line, "Line/Recipe", "Recipe", NodeIds.String, Variant.ofString("R-42"), true);
            variable(line, "Line/Running", "Running", NodeIds.Boolean, Variant.ofBoolean(true), false);
            variable(
                    line,
                    "Line/Since",
                    "Since",
                    NodeIds.DateTime,
                    Variant.ofDateTime(new DateTime(java.time.Instant.parse("2026-11-25T06:00:00Z"))),
                    false);
            UaVariableNode profile = variable(
                    line, "Line/Profile", "Profile", NodeIds.Double, new Variant(new Double[] {1.5, 2.5, 3.5}), false);
            profile.setValueRank(ValueRanks.OneDimension);
            UaFolderNode folder = folder("Line/Values", "Values");
            line.addOrganizes(folder);
            // A cycle back up to Line, as real servers have: browsing must visit each node once.
            folder.addReference(new Reference(
                    folder.getNodeId(), NodeIds.Organizes, line.getNodeId().expanded(), true));
            for (int i = 0; i < TestPlcServer.this.values; i++) {
                values.add(variable(folder, "Line/Values/V" + i, "V" + i, NodeIds.Double, Variant.ofDouble(0), false));
            }
        }

        private UaFolderNode folder(String id, String name) {
            UaFolderNode folder = new UaFolderNode(
                    getNodeContext(), newNodeId(id), newQualifiedName(name), LocalizedText.english(name));
            getNodeManager().addNode(folder);
            return folder;
        }

        private UaVariableNode variable(
                UaFolderNode parent, String id, String name, NodeId type, Variant initial, boolean writable) {
            DateTime now = DateTime.now();
            var access = writable ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY;
            UaVariableNode node = UaVariableNode.builder(getNodeContext())
                    .setNodeId(newNodeId(id))
                    .setBrowseName(newQualifiedName(name))
                    .setDisplayName(LocalizedText.english(name))
                    .setDataType(type)
                    .setValueRank(ValueRanks.Scalar)
                    .setAccessLevel(AccessLevel.toValue(access))
                    .setUserAccessLevel(AccessLevel.toValue(access))
                    .setValue(new DataValue(initial, StatusCode.GOOD, now, now))
                    .buildAndAdd();
            parent.addOrganizes(node);
            return node;
        }

        @Override
        public void onDataItemsCreated(List<DataItem> dataItems) {
            subscriptionModel.onDataItemsCreated(dataItems);
        }

        @Override
        public void onDataItemsModified(List<DataItem> dataItems) {
            subscriptionModel.onDataItemsModified(dataItems);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> dataItems) {
            subscriptionModel.onDataItemsDeleted(dataItems);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
            subscriptionModel.onMonitoringModeChanged(monitoredItems);
        }
    }
}
