package io.taktline.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

/**
 * One OPC UA subscription carrying a monitored item per tag binding, created on the client's
 * current session. Namespace indexes are resolved from the URIs each time one is created.
 */
final class TagSubscription {

    static final double MIN_PUBLISHING_INTERVAL_MS = 100;

    private final OpcUaClient client;
    private final List<TagBinding> tags;
    private final SampleSink sink;
    private final TagHealth health;
    private final Runnable onTransferFailed;
    private OpcUaSubscription subscription;

    TagSubscription(
            OpcUaClient client, List<TagBinding> tags, SampleSink sink, TagHealth health, Runnable onTransferFailed) {
        this.client = client;
        this.tags = tags;
        this.sink = sink;
        this.health = health;
        this.onTransferFailed = onTransferFailed;
    }

    /** Creates the subscription and its items; tags that cannot be monitored go to the health. */
    void create() throws UaException {
        NamespaceTable namespaces = client.readNamespaceTable();
        subscription = new OpcUaSubscription(client, publishingInterval(tags));
        subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
                onTransferFailed.run();
            }
        });
        subscription.create();

        List<OpcUaMonitoredItem> items = new ArrayList<>(tags.size());
        for (TagBinding tag : tags) {
            resolve(tag, namespaces).map(nodeId -> newItem(tag, nodeId)).ifPresent(items::add);
        }
        subscription.addMonitoredItems(items);
        for (MonitoredItemServiceOperationResult result : subscription.createMonitoredItems()) {
            StatusCode status = result.serviceResult().isGood()
                    ? result.operationResult().orElse(StatusCode.GOOD)
                    : result.serviceResult();
            if (!status.isGood()) {
                TagBinding tag =
                        (TagBinding) result.monitoredItem().getUserObject().orElseThrow();
                health.fail(tag.tagId(), itemFailure(tag, status));
            }
        }
    }

    /** Deletes the subscription on the server, if it is still there. */
    void delete() {
        if (subscription != null) {
            try {
                subscription.delete();
            } catch (UaException | RuntimeException e) {
                subscription.reset();
            }
        }
    }

    private Optional<NodeId> resolve(TagBinding tag, NamespaceTable namespaces) {
        UShort index = namespaces.getIndex(tag.node().namespaceUri());
        if (index == null) {
            health.fail(
                    tag.tagId(),
                    "tag " + tag.tagId() + " has node id '" + tag.node() + "' whose namespace the server does not"
                            + " know (Bad_NodeIdUnknown); check the tag binding and that it points at the right"
                            + " endpoint");
            return Optional.empty();
        }
        return Optional.of(NodeId.parse("ns=" + index + ";" + tag.node().identifier()));
    }

    private OpcUaMonitoredItem newItem(TagBinding tag, NodeId nodeId) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodeId);
        item.setSamplingInterval(tag.samplingIntervalMs());
        item.setUserObject(tag);
        long tagId = tag.tagId();
        item.setDataValueListener((monitoredItem, value) -> deliver(tagId, value));
        return item;
    }

    /** Runs on Milo's delivery thread: translate and hand on, nothing else. */
    private void deliver(long tagId, DataValue value) {
        Sample sample = SampleTranslator.toSample(tagId, value, System.currentTimeMillis() * 1000);
        if (sample == null) {
            health.fail(
                    tagId, "tag " + tagId + ": value of type " + SampleTranslator.typeName(value) + " is not numeric");
            return;
        }
        sink.accept(sample);
        health.delivered();
        health.recovered(tagId);
    }

    private static String itemFailure(TagBinding tag, StatusCode status) {
        String name = StatusCodes.lookup(status.getValue())
                .map(nameAndDescription -> nameAndDescription[0])
                .orElse(String.format("0x%08X", status.getValue()));
        if (status.getValue() == StatusCodes.Bad_NodeIdUnknown || status.getValue() == StatusCodes.Bad_NodeIdInvalid) {
            return "tag " + tag.tagId() + " has node id '" + tag.node() + "' that the server does not know (" + name
                    + "); check the tag binding";
        }
        return "tag " + tag.tagId() + " with node id '" + tag.node() + "' cannot be monitored (" + name
                + "); check the tag binding and the server's access rights";
    }

    static double publishingInterval(List<TagBinding> tags) {
        double smallest =
                tags.stream().mapToDouble(TagBinding::samplingIntervalMs).min().orElse(MIN_PUBLISHING_INTERVAL_MS);
        return Math.max(MIN_PUBLISHING_INTERVAL_MS, smallest);
    }
}
