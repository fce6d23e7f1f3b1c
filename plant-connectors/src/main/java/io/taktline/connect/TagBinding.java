package io.taktline.connect;

import java.util.Objects;

/** Binds a tag of the MES to a node on an OPC UA server. */
public record TagBinding(long tagId, NodeRef node, double samplingIntervalMs) {

    public TagBinding {
        Objects.requireNonNull(node, "node");
        if (!(samplingIntervalMs >= 0)) {
            throw new IllegalArgumentException(
                    "tag " + tagId + " has sampling interval " + samplingIntervalMs + " ms; expected >= 0");
        }
    }
}
