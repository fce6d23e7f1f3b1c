package io.taktline.core.downtime;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where stops are kept: what the interpreter saw happen to them, and what operators did to them. */
public interface StopRepository {

    /** Stores what the signal interpreter saw happen to stops, in this order, all or nothing. */
    void apply(List<StopChange> changes);

    /** The stops of the asset that overlap {@code [from, to)}, oldest first. */
    List<StoredStop> stops(long assetId, Instant from, Instant to);

    /** The stops of any of the assets that overlap {@code [from, to)}, oldest first. */
    List<StoredStop> stops(Collection<Long> assetIds, Instant from, Instant to);

    /** The name of the shift of its line each stop began in, by stop id (stops outside every shift left out). */
    Map<StopId, String> shiftNames(List<StoredStop> stops, Map<Long, Long> lineOfAsset);

    Optional<StoredStop> stop(StopId id);

    /** An operator's reason; audited. */
    StoredStop classify(StopId id, DowntimeReason reason, String actor);

    /** An operator's comment (null or blank removes it); audited. */
    StoredStop comment(StopId id, String text, String actor);

    /** Splits the stop at an instant inside it; audited. */
    List<StoredStop> split(StopId id, Instant at, String actor);

    /** Merges consecutive stops of one asset into the earliest; audited. */
    StoredStop merge(Collection<StopId> ids, String actor);
}
