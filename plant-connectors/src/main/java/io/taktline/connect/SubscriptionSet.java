package io.taktline.connect;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscribed tags of one endpoint, spread over several OPC UA subscriptions: tags are grouped
 * by publishing interval (their sampling interval, at least 100 ms) and each subscription holds at
 * most {@code maxItemsPerSubscription} items. Namespace indexes are resolved from the URIs on the
 * session the set is built on.
 *
 * <p>Not thread-safe: every method runs on the connector's worker thread. Milo's callbacks only
 * hand work to it.
 */
final class SubscriptionSet {

    static final double MIN_PUBLISHING_INTERVAL_MS = 100;
    private static final Logger log = LoggerFactory.getLogger(OpcUaConnector.class);

    private final OpcUaClient client;
    private final String endpointName;
    private final int maxItemsPerSubscription;
    private final SampleSink sink;
    private final TagHealth health;
    private final Executor worker;
    private final List<Group> groups = new ArrayList<>();
    private final Map<Long, Slot> slots = new HashMap<>();
    private NamespaceTable namespaces;
    private boolean deleted;

    SubscriptionSet(OpcUaClient client, EndpointSettings endpoint, SampleSink sink, TagHealth health, Executor worker) {
        this.client = client;
        this.endpointName = endpoint.name();
        this.maxItemsPerSubscription = endpoint.maxItemsPerSubscription();
        this.sink = sink;
        this.health = health;
        this.worker = worker;
    }

    /** Brings the monitored items in line with the subscribed ones among {@code tags}. */
    void apply(List<TagBinding> tags) throws UaException {
        if (namespaces == null) {
            namespaces = client.readNamespaceTable();
        }
        Map<Long, TagBinding> wanted = new HashMap<>();
        for (TagBinding tag : tags) {
            if (tag.acquisition() == TagBinding.Acquisition.SUBSCRIBE) {
                wanted.put(tag.tagId(), tag);
            }
        }
        Set<Group> touched = new LinkedHashSet<>();
        for (Slot slot : List.copyOf(slots.values())) {
            TagBinding now = wanted.get(slot.binding.tagId());
            if (!slot.binding.equals(now)) {
                slot.group.subscription.removeMonitoredItem(slot.item);
                slot.group.slots.remove(slot.binding.tagId());
                slots.remove(slot.binding.tagId());
                health.recovered(slot.binding.tagId());
                touched.add(slot.group);
            }
        }
        for (TagBinding tag : tags) {
            if (wanted.get(tag.tagId()) != tag || slots.containsKey(tag.tagId())) {
                continue;
            }
            NodeId nodeId = resolve(tag);
            if (nodeId == null) {
                health.fail(tag.tagId(), ItemFailure.unknownNamespace(tag));
                continue;
            }
            Group group = groupWithRoom(publishingInterval(tag));
            Slot slot = new Slot(tag, group, newItem(tag, nodeId));
            group.subscription.addMonitoredItem(slot.item);
            group.slots.put(tag.tagId(), slot);
            slots.put(tag.tagId(), slot);
            touched.add(group);
        }
        for (Group group : touched) {
            group.subscription.deleteMonitoredItems();
            report(group.subscription.createMonitoredItems());
            if (group.slots.isEmpty()) {
                deleteQuietly(group.subscription);
                groups.remove(group);
            }
        }
    }

    int subscriptionCount() {
        return groups.size();
    }

    /** Deletes every subscription on the server, if still there; the set is dead afterwards. */
    void delete() {
        deleted = true;
        for (Group group : groups) {
            deleteQuietly(group.subscription);
        }
        groups.clear();
        slots.clear();
    }

    private Group groupWithRoom(double publishingInterval) throws UaException {
        for (Group group : groups) {
            if (group.publishingInterval == publishingInterval && group.slots.size() < maxItemsPerSubscription) {
                return group;
            }
        }
        Group group = new Group(publishingInterval);
        group.subscription = newSubscription(group);
        groups.add(group);
        return group;
    }

    private OpcUaSubscription newSubscription(Group group) throws UaException {
        OpcUaSubscription subscription = new OpcUaSubscription(client, group.publishingInterval);
        subscription.setSubscriptionListener(new Watch(group));
        subscription.create();
        return subscription;
    }

    /**
     * Re-creates one subscription with its items, on a fresh read of the namespace table: the
     * server lost it (transfer failed after a restart, timed out) or it stopped publishing.
     */
    private void rebuild(Group group, String why) {
        group.rebuildPending = false;
        if (deleted || !groups.contains(group)) {
            return;
        }
        try {
            namespaces = client.readNamespaceTable();
            deleteQuietly(group.subscription);
            group.subscription = newSubscription(group);
            for (Slot slot : List.copyOf(group.slots.values())) {
                NodeId nodeId = resolve(slot.binding);
                if (nodeId == null) {
                    health.fail(slot.binding.tagId(), ItemFailure.unknownNamespace(slot.binding));
                    continue;
                }
                Slot fresh = new Slot(slot.binding, group, newItem(slot.binding, nodeId));
                group.slots.put(slot.binding.tagId(), fresh);
                slots.put(slot.binding.tagId(), fresh);
                group.subscription.addMonitoredItem(fresh.item);
            }
            report(group.subscription.createMonitoredItems());
            log.info(
                    "OPC UA endpoint '{}': subscription of {} items re-created ({})",
                    endpointName,
                    group.slots.size(),
                    why);
        } catch (UaException | RuntimeException e) {
            log.warn(
                    "OPC UA endpoint '{}': could not re-create a subscription of {} items after {} ({}); "
                            + "trying again with the next watchdog or reconnect",
                    endpointName,
                    group.slots.size(),
                    why,
                    ConnectFailure.of(e).cause());
        }
    }

    private void report(List<MonitoredItemServiceOperationResult> results) {
        for (MonitoredItemServiceOperationResult result : results) {
            StatusCode status = result.serviceResult().isGood()
                    ? result.operationResult().orElse(StatusCode.GOOD)
                    : result.serviceResult();
            TagBinding tag = (TagBinding) result.monitoredItem().getUserObject().orElseThrow();
            if (!status.isGood()) {
                health.fail(tag.tagId(), ItemFailure.of(tag, status));
            }
        }
    }

    private NodeId resolve(TagBinding tag) {
        UShort index = namespaces.getIndex(tag.node().namespaceUri());
        return index == null
                ? null
                : NodeId.parse("ns=" + index + ";" + tag.node().identifier());
    }

    private OpcUaMonitoredItem newItem(TagBinding tag, NodeId nodeId) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodeId);
        item.setSamplingInterval(tag.samplingIntervalMs());
        item.setQueueSize(uint(tag.queueSize()));
        item.setDiscardOldest(true);
        item.setFilter(filter(tag));
        item.setUserObject(tag);
        TagFeed feed = new TagFeed(tag.tagId(), sink, health);
        item.setDataValueListener((monitoredItem, value) -> feed.accept(value));
        return item;
    }

    static DataChangeFilter filter(TagBinding tag) {
        if (tag.deadband().kind() == Deadband.Kind.NONE && tag.trigger() == TagBinding.Trigger.STATUS_VALUE) {
            return null; // the server's default; some servers refuse any filter on some nodes
        }
        DataChangeTrigger trigger =
                switch (tag.trigger()) {
                    case STATUS -> DataChangeTrigger.Status;
                    case STATUS_VALUE -> DataChangeTrigger.StatusValue;
                    case STATUS_VALUE_TIMESTAMP -> DataChangeTrigger.StatusValueTimestamp;
                };
        return new DataChangeFilter(
                trigger, uint(tag.deadband().kind().ordinal()), tag.deadband().value());
    }

    static double publishingInterval(TagBinding tag) {
        return Math.max(MIN_PUBLISHING_INTERVAL_MS, tag.samplingIntervalMs());
    }

    private boolean sessionActive() {
        try {
            return client.getSessionFsm().getSession().getNow(null) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void deleteQuietly(OpcUaSubscription subscription) {
        try {
            subscription.delete();
        } catch (UaException | RuntimeException e) {
            subscription.reset();
        }
    }

    private static final class Group {
        final double publishingInterval;
        final Map<Long, Slot> slots = new HashMap<>();
        OpcUaSubscription subscription;
        volatile boolean rebuildPending;

        Group(double publishingInterval) {
            this.publishingInterval = publishingInterval;
        }
    }

    private record Slot(TagBinding binding, Group group, OpcUaMonitoredItem item) {}

    /** Milo's view of one subscription; runs on Milo's threads, so it only hands work on. */
    private final class Watch implements OpcUaSubscription.SubscriptionListener {
        private final Group group;

        Watch(Group group) {
            this.group = group;
        }

        @Override
        public void onTransferFailed(OpcUaSubscription subscription, StatusCode status) {
            scheduleRebuild(subscription, "transfer to the new session failed: " + ItemFailure.statusName(status));
        }

        @Override
        public void onWatchdogTimerElapsed(OpcUaSubscription subscription) {
            if (sessionActive()) {
                scheduleRebuild(subscription, "neither data nor keep-alives within the watchdog time");
            }
        }

        @Override
        public void onStatusChanged(OpcUaSubscription subscription, StatusCode status) {
            if (status.getValue() == StatusCodes.Bad_Timeout) {
                scheduleRebuild(subscription, "the server timed it out");
            }
        }

        private void scheduleRebuild(OpcUaSubscription subscription, String why) {
            if (subscription == group.subscription && !group.rebuildPending) {
                group.rebuildPending = true;
                worker.execute(() -> rebuild(group, why));
            }
        }
    }
}
