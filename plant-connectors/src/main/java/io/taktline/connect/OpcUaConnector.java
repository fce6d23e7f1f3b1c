package io.taktline.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acquires the tags of one OPC UA endpoint and hands their values to a {@link SampleSink}; writes
 * and browses on the same session.
 *
 * <p>All connection work runs on the connector's own worker thread: {@link #start()} returns at
 * once, a failing endpoint is retried with backoff (1 s doubling to 30 s) until it answers, and once
 * connected Milo re-establishes lost sessions itself; subscriptions the server lost are re-created.
 * Per-tag problems are recorded in {@link #status()} without stopping the other tags.
 */
public final class OpcUaConnector implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpcUaConnector.class);

    private final EndpointSettings endpoint;
    private final SampleSink sink;
    private final CertificateStore certificates;
    private final TagWriter writer;
    private final ScheduledExecutorService worker;
    private final ExecutorService browsing;
    private final TagHealth health;
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    private final AtomicBoolean started = new AtomicBoolean();

    private volatile List<TagBinding> tags;
    private volatile Connection connection = new Connection(ConnectionState.CONNECTING, null);
    private volatile boolean closed;
    private volatile OpcUaClient client;
    private volatile String security;
    // Touched by the worker thread only.
    private SubscriptionSet subscriptions;
    private TagPoller poller;
    private String lastWarnedCause;

    /**
     * A connector that keeps its client certificate and trust list in the default folder ({@code
     * certificates} under the system property {@code taktline.data.dir}, default {@code data}),
     * opened only when an endpoint needs security, and logs writes.
     */
    public OpcUaConnector(EndpointSettings endpoint, List<TagBinding> tags, SampleSink sink) {
        this(endpoint, tags, sink, null, WriteAudit.LOG);
    }

    /**
     * @param certificates the application's certificate store, shared by its connectors; null for
     *     the default folder
     * @param audit hears of every write
     */
    public OpcUaConnector(
            EndpointSettings endpoint,
            List<TagBinding> tags,
            SampleSink sink,
            CertificateStore certificates,
            WriteAudit audit) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.tags = checked(tags);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.certificates = certificates;
        this.worker = Executors.newSingleThreadScheduledExecutor(daemon("opcua-connector-" + endpoint.name()));
        this.browsing = Executors.newCachedThreadPool(daemon("opcua-browse-" + endpoint.name()));
        this.health = new TagHealth(quietly(worker));
        this.writer = new TagWriter(endpoint.name(), audit == null ? WriteAudit.LOG : audit, quietly(worker));
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
                health.deliveredCount(),
                security,
                subscriptionCount);
    }

    private volatile int subscriptionCount;

    public EndpointSettings endpoint() {
        return endpoint;
    }

    public List<TagBinding> tags() {
        return tags;
    }

    /**
     * Replaces the tag bindings without reconnecting: new tags get monitored items (or polling),
     * removed ones lose theirs, changed ones are re-created; the others keep delivering. The future
     * completes when the server has answered (at once when not connected: the bindings apply at the
     * next connection).
     *
     * @throws IllegalArgumentException when two bindings share a tag id
     */
    public CompletableFuture<Void> rebind(List<TagBinding> newTags) {
        List<TagBinding> copy = checked(newTags);
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                tags = copy;
                health.retainOnly(copy);
                try {
                    if (subscriptions != null && connection.state() != ConnectionState.FAILED) {
                        subscriptions.apply(copy);
                        poller.apply(copy);
                        subscriptionCount = subscriptions.subscriptionCount();
                    }
                    done.complete(null);
                } catch (UaException | RuntimeException e) {
                    done.completeExceptionally(new IllegalStateException(
                            "endpoint '" + endpoint.name()
                                    + "': could not apply the new tag bindings ("
                                    + ConnectFailure.of(e).cause()
                                    + "); they apply at the next reconnect",
                            e));
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(
                    new IllegalStateException("connector for endpoint '" + endpoint.name() + "' is closed"));
        }
        return done;
    }

    /**
     * Writes {@code value} to {@code node} in the node's own data type (read first; e.g. 5 becomes an
     * Int16 for an Int16 node, 2.5 is refused for it). Every attempt is handed to the {@link
     * WriteAudit}. The future always completes normally; {@link WriteRecord#success()} says whether
     * the server accepted the value and {@link WriteRecord#message()} why not.
     *
     * @param who the user or component asking, for the audit
     */
    public CompletableFuture<WriteRecord> write(NodeRef node, Object value, String who) {
        return writer.write(connectedClient(), node, value, who);
    }

    /** Reads a node's current value as a sample with tag id 0. */
    public CompletableFuture<Sample> read(NodeRef node) {
        OpcUaClient current = connectedClient();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "endpoint '" + endpoint.name() + "' is not connected; try again when its state is CONNECTED"));
        }
        UShort index = current.getNamespaceTable().getIndex(node.namespaceUri());
        if (index == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("the server of endpoint '"
                    + endpoint.name() + "' does not know the namespace of node '" + node + "'; check the node id"));
        }
        NodeId nodeId = NodeId.parse("ns=" + index + ";" + node.identifier());
        return current.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(nodeId))
                .thenApply(values -> SampleTranslator.toSample(0, values.get(0), System.currentTimeMillis() * 1000));
    }

    /**
     * Browses the subtree under {@code start} (recursively, cycle-safe, at most {@code maxNodes}
     * nodes) on a thread of its own, handing each node to {@code visitor} as it is found. Completes
     * with the number of nodes visited.
     */
    public CompletableFuture<Long> browse(NodeRef start, long maxNodes, Consumer<BrowsedNode> visitor) {
        OpcUaClient current = connectedClient();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "endpoint '" + endpoint.name() + "' is not connected; try again when its state is CONNECTED"));
        }
        CompletableFuture<Long> result = new CompletableFuture<>();
        try {
            browsing.execute(() -> {
                try {
                    result.complete(new NodeBrowser(current, 4, maxNodes).browse(start, visitor));
                } catch (UaException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("connector is closed"));
        }
        return result;
    }

    /** Disconnects and stops retrying. */
    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        browsing.shutdownNow();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("OPC UA endpoint '{}': connector thread did not stop within 10 s", endpoint.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (poller != null) {
            poller.stop();
        }
        disconnect();
    }

    private OpcUaClient connectedClient() {
        return connection.state() == ConnectionState.CONNECTED ? client : null;
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            OpcUaClient newClient = ClientSetup.create(endpoint, this::certificateStore);
            client = newClient;
            newClient.addSessionActivityListener(new SessionStateTracker());
            newClient.connect();
            var chosen = newClient.getConfig().getEndpoint();
            security = chosen.getSecurityPolicyUri()
                            .substring(chosen.getSecurityPolicyUri().indexOf('#') + 1) + "/" + chosen.getSecurityMode();
            subscriptions = new SubscriptionSet(newClient, endpoint, sink, health, quietly(worker));
            subscriptions.apply(tags);
            subscriptionCount = subscriptions.subscriptionCount();
            poller = new TagPoller(newClient, worker, sink, health, endpoint.name());
            poller.apply(tags);
            connection = new Connection(ConnectionState.CONNECTED, null);
            backoff.reset();
            lastWarnedCause = null;
            log.info(
                    "OPC UA endpoint '{}' at {} connected ({}); acquiring {} tags in {} subscriptions",
                    endpoint.name(),
                    endpoint.url(),
                    security,
                    tags.size(),
                    subscriptionCount);
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

    private CertificateStore certificateStore() {
        return certificates != null ? certificates : DefaultStore.get();
    }

    private void failAndRetry(ConnectFailure failure) {
        connection = new Connection(ConnectionState.FAILED, failure.cause() + "; " + failure.advice());
        if (!failure.cause().equals(lastWarnedCause)) {
            lastWarnedCause = failure.cause();
            log.warn(
                    "OPC UA endpoint '{}' at {} {}; {}; retrying with backoff up to every {} s",
                    endpoint.name(),
                    endpoint.url(),
                    failure.cause(),
                    failure.advice(),
                    backoff.ceiling().toSeconds());
        }
        runLater(this::connect, backoff.next());
    }

    private void disconnect() {
        if (subscriptions != null) {
            subscriptions = null;
        }
        if (poller != null) {
            poller.stop();
            poller = null;
        }
        subscriptionCount = 0;
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

    private void runLater(Runnable task, Duration delay) {
        try {
            worker.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: nothing more to do
        }
    }

    private static List<TagBinding> checked(List<TagBinding> tags) {
        List<TagBinding> copy = List.copyOf(tags);
        Set<Long> ids = new HashSet<>();
        for (TagBinding tag : copy) {
            if (!ids.add(tag.tagId())) {
                throw new IllegalArgumentException("tag id " + tag.tagId() + " is bound twice (" + tag.node()
                        + "); each tag id may be bound to one node per endpoint");
            }
        }
        return copy;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Executor quietly(ExecutorService executor) {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                // closed meanwhile: nothing more to do
            }
        };
    }

    /** The store in the default folder, opened once per JVM on first need. */
    private static final class DefaultStore {
        private static volatile CertificateStore store;

        static synchronized CertificateStore get() {
            if (store == null) {
                store = CertificateStore.open(
                        Path.of(System.getProperty("taktline.data.dir", "data")).resolve("certificates"));
            }
            return store;
        }
    }

    /** Follows Milo's session life after the first connect; runs on Milo's threads, so no I/O. */
    private final class SessionStateTracker implements SessionActivityListener {

        @Override
        public void onSessionActive(UaSession session) {
            if (!closed && connection.state() == ConnectionState.RECONNECTING) {
                connection = new Connection(ConnectionState.CONNECTED, null);
                quietly(worker)
                        .execute(() ->
                                log.info("OPC UA endpoint '{}' at {} reconnected", endpoint.name(), endpoint.url()));
            }
        }

        @Override
        public void onSessionInactive(UaSession session) {
            if (!closed && connection.state() == ConnectionState.CONNECTED) {
                connection = new Connection(ConnectionState.RECONNECTING, "connection lost; reconnecting");
                quietly(worker)
                        .execute(() -> log.warn(
                                "OPC UA endpoint '{}' at {}: connection lost; reconnecting (check that the server runs)",
                                endpoint.name(),
                                endpoint.url()));
            }
        }
    }

    private record Connection(ConnectionState state, String cause) {}
}
