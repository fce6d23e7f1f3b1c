package io.taktline.core.asset;

import java.util.List;

/**
 * A node found by browsing an OPC UA server, as the draft model needs it: its browse path below
 * the browse root (browse names, root first), whether it is a variable, and for a variable its
 * node, data type and engineering unit.
 */
public record BrowsedNode(List<String> path, boolean variable, NodeAddress node, String dataType, String unit) {

    public BrowsedNode {
        path = List.copyOf(path);
    }

    public String name() {
        return path.get(path.size() - 1);
    }
}
