package io.taktline.core.oee;

import io.taktline.core.state.StateInterval;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an asset did, as stored: its states over time and the parts it counted. */
public interface ProductionHistory {

    /** The asset's states within {@code [from, to)}; a state still running is cut at {@code until}. */
    List<StateInterval> intervals(long assetId, Instant from, Instant to, Instant until);

    /** The parts the asset counted in {@code [from, to)}, by kind. */
    Map<PartKind, Long> counts(long assetId, Instant from, Instant to);
}
