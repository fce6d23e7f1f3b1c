package io.taktline.connect;

import java.util.Objects;

/**
 * Binds a tag of the MES to a node on an OPC UA server, with how to acquire it.
 *
 * @param tagId the MES tag id
 * @param node the node, by namespace URI and identifier
 * @param samplingIntervalMs sampling interval asked of the server; in {@link Acquisition#POLL}
 *     mode the polling period (minimum 100 ms)
 * @param queueSize monitored item queue size on the server (1 = latest value only)
 * @param deadband data change filter deadband, {@link Deadband#NONE} for every change
 * @param trigger which changes report a value
 * @param acquisition subscribe (default) or poll with reads
 */
public record TagBinding(
        long tagId,
        NodeRef node,
        double samplingIntervalMs,
        int queueSize,
        Deadband deadband,
        Trigger trigger,
        Acquisition acquisition) {

    /** What makes the server report a value (OPC UA DataChangeTrigger). */
    public enum Trigger {
        STATUS,
        STATUS_VALUE,
        STATUS_VALUE_TIMESTAMP
    }

    /** How the value is acquired. */
    public enum Acquisition {
        /** A monitored item in a subscription. */
        SUBSCRIBE,
        /** Periodic reads, for servers or nodes that cannot be subscribed to. */
        POLL
    }

    public TagBinding {
        Objects.requireNonNull(node, "node");
        if (!(samplingIntervalMs >= 0)) {
            throw new IllegalArgumentException(
                    "tag " + tagId + " has sampling interval " + samplingIntervalMs + " ms; expected >= 0");
        }
        if (queueSize < 1) {
            throw new IllegalArgumentException("tag " + tagId + " has queue size " + queueSize + "; expected >= 1");
        }
        deadband = deadband == null ? Deadband.NONE : deadband;
        trigger = trigger == null ? Trigger.STATUS_VALUE : trigger;
        acquisition = acquisition == null ? Acquisition.SUBSCRIBE : acquisition;
    }

    /** Subscribed, queue size 1, no deadband, status-or-value trigger. */
    public TagBinding(long tagId, NodeRef node, double samplingIntervalMs) {
        this(tagId, node, samplingIntervalMs, 1, Deadband.NONE, Trigger.STATUS_VALUE, Acquisition.SUBSCRIBE);
    }

    public TagBinding withQueueSize(int size) {
        return new TagBinding(tagId, node, samplingIntervalMs, size, deadband, trigger, acquisition);
    }

    public TagBinding withDeadband(Deadband band) {
        return new TagBinding(tagId, node, samplingIntervalMs, queueSize, band, trigger, acquisition);
    }

    public TagBinding withTrigger(Trigger newTrigger) {
        return new TagBinding(tagId, node, samplingIntervalMs, queueSize, deadband, newTrigger, acquisition);
    }

    /** The same binding, read every {@code samplingIntervalMs} instead of subscribed. */
    public TagBinding polled() {
        return new TagBinding(tagId, node, samplingIntervalMs, queueSize, deadband, trigger, Acquisition.POLL);
    }
}
