package io.taktline.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the tags bound with {@link TagBinding.Acquisition#POLL}, each group of equal period on its
 * own schedule, in Read calls no larger than the server's MaxNodesPerRead. A read still under way
 * when the next one is due is skipped, not queued. Unchanged values are dropped by {@link TagFeed}.
 */
final class TagPoller {

    private static final Logger log = LoggerFactory.getLogger(OpcUaConnector.class);
    private static final int DEFAULT_MAX_NODES_PER_READ = 1_000;
    static final long MIN_PERIOD_MS = 100;

    private final OpcUaClient client;
    private final ScheduledExecutorService timer;
    private final SampleSink sink;
    private final TagHealth health;
    private final String endpointName;
    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

    TagPoller(
            OpcUaClient client,
            ScheduledExecutorService timer,
            SampleSink sink,
            TagHealth health,
            String endpointName) {
        this.client = client;
        this.timer = timer;
        this.sink = sink;
        this.health = health;
        this.endpointName = endpointName;
    }

    /** Replaces the polled tags by the polled ones among {@code tags}. */
    void apply(List<TagBinding> tags) throws UaException {
        stop();
        Map<Long, List<Polled>> byPeriod = new TreeMap<>();
        NamespaceTable namespaces = null;
        for (TagBinding tag : tags) {
            if (tag.acquisition() != TagBinding.Acquisition.POLL) {
                continue;
            }
            if (namespaces == null) {
                namespaces = client.readNamespaceTable();
            }
            UShort index = namespaces.getIndex(tag.node().namespaceUri());
            if (index == null) {
                health.fail(tag.tagId(), ItemFailure.unknownNamespace(tag));
                continue;
            }
            NodeId nodeId = NodeId.parse("ns=" + index + ";" + tag.node().identifier());
            long period = Math.max(MIN_PERIOD_MS, (long) tag.samplingIntervalMs());
            byPeriod.computeIfAbsent(period, p -> new ArrayList<>())
                    .add(new Polled(tag, nodeId, new TagFeed(tag.tagId(), sink, health)));
        }
        if (byPeriod.isEmpty()) {
            return;
        }
        int batch = client.getOperationLimits()
                .maxNodesPerRead()
                .map(UInteger::intValue)
                .filter(n -> n > 0)
                .orElse(DEFAULT_MAX_NODES_PER_READ);
        for (Map.Entry<Long, List<Polled>> entry : byPeriod.entrySet()) {
            List<Polled> polled = entry.getValue();
            for (int from = 0; from < polled.size(); from += batch) {
                Round round = new Round(polled.subList(from, Math.min(polled.size(), from + batch)));
                schedules.add(timer.scheduleAtFixedRate(round::run, 0, entry.getKey(), TimeUnit.MILLISECONDS));
            }
        }
    }

    void stop() {
        schedules.forEach(s -> s.cancel(false));
        schedules.clear();
    }

    private static boolean isConfigurationProblem(long code) {
        return code == StatusCodes.Bad_NodeIdUnknown
                || code == StatusCodes.Bad_NodeIdInvalid
                || code == StatusCodes.Bad_NotReadable
                || code == StatusCodes.Bad_UserAccessDenied
                || code == StatusCodes.Bad_AttributeIdInvalid;
    }

    private record Polled(TagBinding tag, NodeId nodeId, TagFeed feed) {}

    private final class Round {
        private final List<Polled> polled;
        private final List<NodeId> nodeIds;
        private final AtomicBoolean busy = new AtomicBoolean();

        Round(List<Polled> polled) {
            this.polled = List.copyOf(polled);
            this.nodeIds = polled.stream().map(Polled::nodeId).toList();
        }

        void run() {
            if (!busy.compareAndSet(false, true)) {
                return;
            }
            client.readValuesAsync(0.0, TimestampsToReturn.Both, nodeIds).whenComplete((values, failure) -> {
                busy.set(false);
                if (failure != null) {
                    log.debug("OPC UA endpoint '{}': poll of {} tags failed", endpointName, nodeIds.size(), failure);
                    return;
                }
                for (int i = 0; i < values.size(); i++) {
                    deliver(polled.get(i), values.get(i));
                }
            });
        }

        private void deliver(Polled p, DataValue value) {
            StatusCode status = value.getStatusCode();
            if (status != null && isConfigurationProblem(status.getValue())) {
                health.fail(
                        p.tag().tagId(),
                        ItemFailure.of(p.tag(), status).replace("cannot be monitored", "cannot be read"));
                return;
            }
            p.feed().accept(value);
        }
    }
}
