package io.taktline.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OPC UA server (security None, anonymous) that serves the demo plant: every station's state,
 * part counter and process value, changing as the {@link PlantModel} runs.
 *
 * <p>With security None the server needs no application certificate, so none is created.
 */
public final class PlantSimulator implements AutoCloseable {

    public static final String NAMESPACE_URI = "urn:taktline:plant-simulator";

    private static final Logger log = LoggerFactory.getLogger(PlantSimulator.class);
    private static final String APPLICATION_NAME = "Taktline plant simulator";
    private static final Duration TICK = Duration.ofMillis(250);

    private final OpcUaServer server;
    private final PlantNamespace namespace;
    private final PlantLayout layout;
    private final PlantModel model;
    private final PlantClock clock;
    private final ScheduledExecutorService ticker;
    private final String endpointUrl;
    private final int port;

    private PlantSimulator(SimulatorSettings settings, int port) {
        this.port = port;
        this.layout = PlantLayout.demo();
        this.model = new PlantModel(layout, settings.seed());
        this.clock = new PlantClock(settings.speed());
        String hostname = isWildcard(settings.host()) ? HostnameUtil.getHostname() : settings.host();
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(settings.host())
                .setBindPort(port)
                .setHostname(hostname)
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        this.endpointUrl = endpoint.getEndpointUrl();
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(NAMESPACE_URI)
                .setApplicationName(LocalizedText.english(APPLICATION_NAME))
                .setProductUri(NAMESPACE_URI)
                .setBuildInfo(new BuildInfo(
                        NAMESPACE_URI, "Taktline", APPLICATION_NAME, OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine()))
                .build();
        this.server = new OpcUaServer(
                config,
                profile -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        this.namespace = new PlantNamespace(server, layout);
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plant-simulator-" + port);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the server; when this returns it accepts connections and its values change. */
    public static PlantSimulator start(SimulatorSettings settings) throws Exception {
        int port = settings.port() == 0 ? freePort(settings.host()) : settings.port();
        PlantSimulator simulator = new PlantSimulator(settings, port);
        simulator.startServing(settings);
        return simulator;
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    public int port() {
        return port;
    }

    public PlantLayout layout() {
        return layout;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            namespace.shutdown();
            server.shutdown().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("plant simulator at {} did not shut down cleanly", endpointUrl, e);
        }
    }

    private void startServing(SimulatorSettings settings) throws Exception {
        namespace.startup();
        try {
            server.startup().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            namespace.shutdown();
            throw new IllegalStateException(
                    "plant simulator could not bind " + settings.host() + ":" + port + " ("
                            + e.getCause().getMessage() + "); is the port in use? choose another with --port",
                    e.getCause());
        }
        namespace.publish(model.stations());
        long tickMillis = TICK.toMillis();
        ticker.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        log.info("plant simulator serving {} (seed {}, speed {})", endpointUrl, settings.seed(), settings.speed());
    }

    private void tick() {
        try {
            model.advance(clock.advance(TICK));
            namespace.publish(model.stations());
        } catch (RuntimeException e) {
            // A failing tick must not end the schedule: values would freeze silently.
            log.error("plant simulator tick failed", e);
        }
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::");
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }
}
