package io.taktline.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * An OPC UA server (security None, anonymous) that serves the simulated plant: every station's and
 * every piece of equipment's states, counters and process values, changing as the {@link PlantModel}
 * runs on the simulated clock.
 *
 * <p>With security None the server needs no application certificate, so none is created.
 */
public final class PlantSimulator implements AutoCloseable {

    public static final String NAMESPACE_URI = "urn:taktline:plant-simulator";

    private static final Logger log = LoggerFactory.getLogger(PlantSimulator.class);
    private static final String APPLICATION_NAME = "Taktline plant simulator";

    private final OpcUaServer server;
    private final PlantNamespace namespace;
    private final PlantLayout layout;
    private final PlantModel model;
    private final Instant start;
    private final boolean startGiven;
    private final Duration publishInterval;
    private final double speed;
    private final ScheduledExecutorService ticker;
    private final String endpointUrl;
    private final int port;
    private PlantClock clock;
    private double settledUntil;
    private long ticks;
    private long lateTicks;
    private long valuesPublished;
    private long tickNanos;
    private long maxTickNanos;

    /**
     * How the served values kept up so far.
     *
     * @param ticks updates done
     * @param lateTicks updates that took longer than the publish interval
     * @param valuesPublished values that changed and were served anew
     * @param meanTickMillis mean wall-clock time of one update (model step and serving)
     * @param maxTickMillis longest update
     */
    public record Statistics(
            long ticks, long lateTicks, long valuesPublished, double meanTickMillis, double maxTickMillis) {}

    private PlantSimulator(SimulatorSettings settings, int port) {
        this.port = port;
        this.layout = settings.layout();
        this.start = settings.start() != null ? settings.start() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        this.startGiven = settings.start() != null;
        this.model = new PlantModel(
                layout,
                settings.seed(),
                start,
                settings.groundTruth() ? PlantModel.recorder(settings.seed(), start) : null);
        this.publishInterval = settings.publishInterval();
        this.speed = settings.speed();
        EndpointConfig endpoint = endpoint(settings.host(), port);
        this.endpointUrl = endpoint.getEndpointUrl();
        OpcUaServerConfig config = serverConfig(endpoint);
        this.server = new OpcUaServer(
                config,
                profile -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        this.namespace = new PlantNamespace(server, layout, model, start);
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plant-simulator-" + port);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The one endpoint the simulator serves: OPC UA binary over TCP, no security, anonymous (a test plant). */
    private static EndpointConfig endpoint(String host, int port) {
        String hostname = isWildcard(host) ? HostnameUtil.getHostname() : host;
        return EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(host)
                .setBindPort(port)
                .setHostname(hostname)
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
    }

    private static OpcUaServerConfig serverConfig(EndpointConfig endpoint) {
        return OpcUaServerConfig.builder()
                .setApplicationUri(NAMESPACE_URI)
                .setApplicationName(LocalizedText.english(APPLICATION_NAME))
                .setProductUri(NAMESPACE_URI)
                .setBuildInfo(new BuildInfo(
                        NAMESPACE_URI, "Taktline", APPLICATION_NAME, OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine()))
                .build();
    }

    /** Starts the server; when this returns it accepts connections and its values change. */
    public static PlantSimulator start(SimulatorSettings settings) throws Exception {
        int port = settings.port() == 0 ? freePort(settings.host()) : settings.port();
        PlantSimulator simulator = new PlantSimulator(settings, port);
        simulator.startServing(settings);
        return simulator;
    }

    /**
     * Runs the plant of these settings for a stretch of simulated time, as fast as it goes and without
     * a server, and returns what happened. The same settings give the same truth.
     */
    public static GroundTruth simulate(SimulatorSettings settings, Duration simulated) {
        Instant start =
                settings.start() != null ? settings.start() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PlantModel model =
                new PlantModel(settings.layout(), settings.seed(), start, PlantModel.recorder(settings.seed(), start));
        model.advanceTo(simulated.toNanos() / 1e9);
        return model.groundTruth();
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

    /** The simulated instant the run started at. */
    public Instant simulatedStart() {
        return start;
    }

    /** The simulated instant the plant has reached. */
    public Instant simulatedNow() {
        synchronized (model) {
            return start.plusNanos(Math.round(model.now() * 1e6) * 1000);
        }
    }

    /** How many variable nodes it serves. */
    public int variableCount() {
        return namespace.variableCount();
    }

    /**
     * What the plant did up to now.
     *
     * @throws IllegalStateException if it was started without {@link SimulatorSettings#withGroundTruth}
     */
    public GroundTruth groundTruth() {
        synchronized (model) {
            GroundTruth truth = model.groundTruth();
            if (truth == null) {
                throw new IllegalStateException(
                        "the plant simulator records no ground truth; start it with SimulatorSettings.withGroundTruth(true) or --truth");
            }
            return truth;
        }
    }

    public Statistics statistics() {
        synchronized (model) {
            return new Statistics(
                    ticks, lateTicks, valuesPublished, ticks == 0 ? 0 : tickNanos / 1e6 / ticks, maxTickNanos / 1e6);
        }
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
        synchronized (model) {
            namespace.publish();
            // Simulated second 0 is 'start'. Without a given start that is the wall-clock time when the
            // simulator was made: count from then, so that source times are the wall clock's (the server's
            // start-up does not put them seconds behind) and the first update catches up the start-up.
            long nanos = System.nanoTime();
            clock = new PlantClock(
                    speed,
                    startGiven
                            ? nanos
                            : nanos - Duration.between(start, Instant.now()).toNanos());
        }
        long tickMillis = publishInterval.toMillis();
        ticker.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        log.info(
                "plant simulator serving {} ({} variables, seed {}, speed {}, every {} ms)",
                endpointUrl,
                namespace.variableCount(),
                settings.seed(),
                settings.speed(),
                tickMillis);
    }

    private void tick() {
        long began = System.nanoTime();
        try {
            synchronized (model) {
                double target = clock.simulatedSeconds(began);
                model.advanceTo(target);
                model.settle(target - settledUntil);
                settledUntil = target;
                valuesPublished += namespace.publish();
                long took = System.nanoTime() - began;
                ticks++;
                tickNanos += took;
                maxTickNanos = Math.max(maxTickNanos, took);
                if (took > publishInterval.toNanos()) {
                    lateTicks++;
                }
            }
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
