package io.taktline.core.andon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The andon calls of the plant's stations: raise, acknowledge, close, each audited with who did
 * it; listeners hear every change (the boards push it, the north-bound server publishes it). The
 * caller checks that the station is one of the model.
 */
public final class AndonCalls {

    /** Longest note an operator can add to a call. */
    public static final int MAX_NOTE_LENGTH = 500;

    /** Longest period {@link #calls} reads at once. */
    public static final Duration MOST_READ = Duration.ofDays(31);

    private static final Logger LOG = Logger.getLogger(AndonCalls.class.getName());

    private final AndonRepository calls;
    private final Clock clock;
    private final List<Consumer<AndonCall>> listeners = new CopyOnWriteArrayList<>();

    public AndonCalls(AndonRepository calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /** {@code listener} hears each call as it stands after a change. */
    public void onChange(Consumer<AndonCall> listener) {
        listeners.add(listener);
    }

    /** @throws AndonException CONFLICT when the station has an open call of that kind */
    public AndonCall raise(long stationId, AndonKind kind, String note, String actor) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw AndonException.invalid("note has " + text.length() + " characters; give at most " + MAX_NOTE_LENGTH);
        }
        AndonCall raised = calls.raise(stationId, kind, text, clock.instant(), actor)
                .orElseThrow(() -> AndonException.conflict("station " + stationId + " has an open " + kind
                        + " call already; acknowledge or close it (GET /api/v1/andon?open=true)"));
        return told(raised);
    }

    /** @throws AndonException NOT_FOUND for an unknown call, CONFLICT for one closed or acknowledged */
    public AndonCall acknowledge(AndonCallId id, String actor) {
        return calls.acknowledge(id, clock.instant(), actor).map(this::told).orElseThrow(() -> {
            AndonCall call = call(id);
            return call.isOpen()
                    ? AndonException.conflict("andon call " + id + " was acknowledged by " + call.acknowledgedBy()
                            + " at " + call.acknowledgedAt() + "; close it when it is dealt with")
                    : closed(call);
        });
    }

    /** @throws AndonException NOT_FOUND for an unknown call, CONFLICT for one closed already */
    public AndonCall close(AndonCallId id, String actor) {
        return calls.close(id, clock.instant(), actor).map(this::told).orElseThrow(() -> closed(call(id)));
    }

    /** @throws AndonException NOT_FOUND when there is no call with this id */
    public AndonCall call(AndonCallId id) {
        return calls.call(id).orElseThrow(() -> AndonException.notFound("there is no andon call " + id));
    }

    /** The open calls of these stations, oldest first. */
    public List<AndonCall> open(Collection<Long> stationIds) {
        return stationIds.isEmpty() ? List.of() : calls.open(stationIds);
    }

    /**
     * The calls of these stations open at some time in [from, to), oldest first.
     *
     * @throws AndonException INVALID when the period is empty or longer than {@link #MOST_READ}
     */
    public List<AndonCall> calls(Collection<Long> stationIds, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw AndonException.invalid(
                    "the period from " + from + " to " + to + " is empty; give a 'to' after 'from'");
        }
        if (Duration.between(from, to).compareTo(MOST_READ) > 0) {
            throw AndonException.invalid("the period from " + from + " to " + to + " is longer than "
                    + MOST_READ.toDays() + " days; read it in parts");
        }
        return stationIds.isEmpty() ? List.of() : calls.calls(stationIds, from, to);
    }

    private static AndonException closed(AndonCall call) {
        return AndonException.conflict("andon call " + call.id() + " was closed by " + call.closedBy() + " at "
                + call.closedAt() + "; raise a new one if it is needed again");
    }

    private AndonCall told(AndonCall call) {
        for (Consumer<AndonCall> listener : listeners) {
            try {
                listener.accept(call);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an andon listener failed on call " + call.id(), e);
            }
        }
        return call;
    }
}
