package io.taktline.core.downtime;

import java.util.List;

/**
 * What a replacement of the reason tree did.
 *
 * @param removed codes of reasons that are gone
 * @param stopsUnclassified stops that had a removed reason and wait for an operator again
 */
public record ReasonTreeReplaced(int reasons, int faultMappings, List<String> removed, long stopsUnclassified) {

    public ReasonTreeReplaced {
        removed = List.copyOf(removed);
    }
}
