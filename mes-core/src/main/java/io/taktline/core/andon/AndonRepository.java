package io.taktline.core.andon;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where andon calls are kept; each change is audited in its own transaction. */
public interface AndonRepository {

    /**
     * Stores a new call.
     *
     * @return the call, or empty when the station has an open call of that kind already
     */
    Optional<AndonCall> raise(long stationId, AndonKind kind, String note, Instant at, String actor);

    Optional<AndonCall> call(AndonCallId id);

    /** Acknowledges an open call that is not acknowledged yet; empty when it is not (any more) such a call. */
    Optional<AndonCall> acknowledge(AndonCallId id, Instant at, String actor);

    /** Closes an open call; empty when it is not open (any more). */
    Optional<AndonCall> close(AndonCallId id, Instant at, String actor);

    /** The open calls of these stations, oldest first. */
    List<AndonCall> open(Collection<Long> stationIds);

    /** The calls of these stations open at some time in [from, to), oldest first. */
    List<AndonCall> calls(Collection<Long> stationIds, Instant from, Instant to);
}
