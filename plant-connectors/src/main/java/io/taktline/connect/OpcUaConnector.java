package io.taktline.connect;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to the tags of one OPC UA endpoint and hands their values to a {@link SampleSink}.
 *
 * <p>All connection work runs on the connector's own worker thread: {@link #start()} returns at
 * once, a failing endpoint is retried with backoff (1 s doubling to 30 s) until it answers, and once
 * connected Milo re-establishes lost sessions itself. Per-tag problems are recorded in {@link
 * #status()} without stopping the other tags.
 */
public final class OpcUaConnector implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpcUaConnector.class);
    private static final String APPLICATION_URI = "urn:taktline:plant-connectors";

    private final EndpointSettings endpoint;
    private final List<TagBinding> tags;
    private final SampleSink sink;
    private final ScheduledExecutorService worker;
    private final TagHealth health;
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    private final AtomicBoolean started = new AtomicBoolean();

    private volatile Connection connection = new Connection(ConnectionState.CONNECTING, null);
    private volatile boolean closed;
    private volatile OpcUaClient client;
    // Touched by the worker thread only.
    private TagSubscription subscription;
    private String lastWarnedCause;

    public OpcUaConnector(EndpointSettings endpoint, List<TagBinding> tags, SampleSink sink) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.tags = List.copyOf(tags);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "opcua-connector-" + endpoint.name());
            thread.setDaemon(true);
            return thread;
        });
        this.health = new TagHealth(quietly(worker));
    }

    /** Starts connecting in the background and returns at once. */
    public void start() {
        if (closed) {
            throw new IllegalStateException("connector for endpoint '" + endpoint.name() + "' is closed");
        }
        if (started.compareAndSet(false, true)) {
            worker.execute(this::connect);
        }
    }

    public ConnectorStatus status() {
        Connection current = connection;
        return new ConnectorStatus(
                endpoint.name(),
                endpoint.url(),
                current.state(),
                current.cause(),
                health.failures(),
                health.deliveredCount());
    }

    /** Disconnects and stops retrying. */
    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("OPC UA endpoint '{}': connector thread did not stop within 10 s", endpoint.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        disconnect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            OpcUaClient newClient = newClient();
            client = newClient;
            newClient.addSessionActivityListener(new SessionStateTracker());
            newClient.connect();
            subscribe(newClient);
            connection = new Connection(ConnectionState.CONNECTED, null);
            backoff.reset();
            lastWarnedCause = null;
            log.info(
                    "OPC UA endpoint '{}' at {} connected; monitoring {} tags",
                    endpoint.name(),
                    endpoint.url(),
                    tags.size());
        } catch (UaException | RuntimeException e) {
            if (closed) {
                return;
            }
            disconnect();
            failAndRetry(ConnectFailure.of(e));
        }
        if (closed) {
            disconnect();
        }
    }

    private void subscribe(OpcUaClient connected) throws UaException {
        if (subscription != null) {
            subscription.delete();
        }
        subscription = new TagSubscription(connected, tags, sink, health, () -> runOnWorker(this::resubscribe));
        subscription.create();
    }

    /** The server lost our subscription (e.g. it restarted): create it anew on the new session. */
    private void resubscribe() {
        OpcUaClient current = client;
        if (closed || current == null) {
            return;
        }
        try {
            subscribe(current);
            log.info("OPC UA endpoint '{}' at {}: subscription re-created", endpoint.name(), endpoint.url());
        } catch (UaException | RuntimeException e) {
            ConnectFailure failure = ConnectFailure.of(e);
            log.warn(
                    "OPC UA endpoint '{}' at {}: could not re-create the subscription ({}); retrying",
                    endpoint.name(),
                    endpoint.url(),
                    failure.cause());
            runLater(this::resubscribe, backoff.next());
        }
    }

    private void failAndRetry(ConnectFailure failure) {
        connection = new Connection(ConnectionState.FAILED, failure.cause());
        if (!failure.cause().equals(lastWarnedCause)) {
            lastWarnedCause = failure.cause();
            log.warn(
                    "OPC UA endpoint '{}' at {} is {}; {}; retrying with backoff up to every {} s",
                    endpoint.name(),
                    endpoint.url(),
                    failure.cause(),
                    failure.advice(),
                    backoff.ceiling().toSeconds());
        }
        runLater(this::connect, backoff.next());
    }

    private OpcUaClient newClient() throws UaException {
        String host = EndpointUtil.getHost(endpoint.url());
        int port = EndpointUtil.getPort(endpoint.url());
        return OpcUaClient.create(
                endpoint.url(),
                endpoints -> endpoints.stream()
                        .filter(OpcUaConnector::isNoneAndAnonymous)
                        .findFirst()
                        // Servers often advertise a host name the client cannot resolve; use the configured one.
                        .map(e -> EndpointUtil.updateUrl(e, host, port)),
                transport -> {},
                config -> config.setApplicationName(LocalizedText.english("Taktline plant connector"))
                        .setApplicationUri(APPLICATION_URI)
                        .setSessionName(() -> "taktline:" + endpoint.name()));
    }

    private static boolean isNoneAndAnonymous(EndpointDescription description) {
        UserTokenPolicy[] policies =
                Optional.ofNullable(description.getUserIdentityTokens()).orElse(new UserTokenPolicy[0]);
        return SecurityPolicy.None.getUri().equals(description.getSecurityPolicyUri())
                && List.of(policies).stream().anyMatch(p -> p.getTokenType() == UserTokenType.Anonymous);
    }

    private void disconnect() {
        OpcUaClient current = client;
        client = null;
        if (current != null) {
            try {
                current.disconnect();
            } catch (UaException | RuntimeException e) {
                log.debug("OPC UA endpoint '{}': disconnect failed", endpoint.name(), e);
            }
        }
    }

    private void runOnWorker(Runnable task) {
        quietly(worker).execute(task);
    }

    private void runLater(Runnable task, Duration delay) {
        try {
            worker.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: nothing more to do
        }
    }

    private static Executor quietly(ScheduledExecutorService executor) {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                // closed meanwhile: nothing more to do
            }
        };
    }

    /** Follows Milo's session life after the first connect; runs on Milo's threads, so no I/O. */
    private final class SessionStateTracker implements SessionActivityListener {

        @Override
        public void onSessionActive(UaSession session) {
            if (!closed && connection.state() == ConnectionState.RECONNECTING) {
                connection = new Connection(ConnectionState.CONNECTED, null);
                runOnWorker(() -> log.info("OPC UA endpoint '{}' at {} reconnected", endpoint.name(), endpoint.url()));
            }
        }

        @Override
        public void onSessionInactive(UaSession session) {
            if (!closed && connection.state() == ConnectionState.CONNECTED) {
                connection = new Connection(ConnectionState.RECONNECTING, "connection lost; reconnecting");
                runOnWorker(() -> log.warn(
                        "OPC UA endpoint '{}' at {}: connection lost; reconnecting (check that the server runs)",
                        endpoint.name(),
                        endpoint.url()));
            }
        }
    }

    private record Connection(ConnectionState state, String cause) {}
}
