package io.taktline.core.downtime;

import io.taktline.core.document.TextLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plant's stops as operators and engineers use them: read them, classify, comment, split and
 * merge them (each change audited), and keep the reason tree that the rules and operators choose from.
 */
public final class Downtime {

    /** The longest comment kept; a longer one is refused, not cut. */
    public static final int MAX_COMMENT_LENGTH = 2000;

    private final StopRepository stops;
    private final ReasonRepository reasonStore;
    private final DowntimeSettings settings;
    private final Clock clock;
    private volatile ReasonTree reasons;

    /** Touches no database: the stored reason tree is read on first use. */
    public Downtime(StopRepository stops, ReasonRepository reasons, DowntimeSettings settings, Clock clock) {
        this.stops = stops;
        this.reasonStore = reasons;
        this.settings = settings;
        this.clock = clock;
    }

    public DowntimeSettings settings() {
        return settings;
    }

    /**
     * The reason tree in force now (the rules' own reasons while none is stored).
     *
     * @throws IllegalStateException when the stored tree cannot be read, e.g. the database is down
     */
    public ReasonTree reasons() {
        ReasonTree loaded = reasons;
        if (loaded == null) {
            synchronized (this) {
                if (reasons == null) {
                    reasons = reasonStore.load();
                }
                loaded = reasons;
            }
        }
        return loaded;
    }

    /** Stores what the signal interpreter saw happen to stops, in this order, all or nothing. */
    public void record(List<StopChange> changes) {
        stops.apply(changes);
    }

    /** The stops of one asset that overlap [from, to), earliest first; open ones have no end. */
    public List<StoredStop> stops(long assetId, Instant from, Instant to) {
        return stops.stops(assetId, from, to);
    }

    /**
     * The stops of these assets that overlap [from, to), earliest first.
     *
     * @param awaitingOnly only stops without a reason that an operator should classify: closed ones, and
     *     open ones that have lasted the micro-stop threshold (a shorter one may still end as a micro-stop)
     */
    public List<StoredStop> stops(Collection<Long> assetIds, Instant from, Instant to, boolean awaitingOnly) {
        List<StoredStop> found = stops.stops(assetIds, from, to);
        if (!awaitingOnly) {
            return found;
        }
        Instant now = clock.instant();
        Duration threshold = settings.microStopThreshold();
        return found.stream()
                .filter(s -> s.event().awaitsClassification())
                .filter(s -> !s.isOpen() || s.duration(now).compareTo(threshold) >= 0)
                .toList();
    }

    /**
     * The reasons operators gave the stops of an asset in [from, to), most often given first (ties by
     * code), at most {@code limit}: the picker offers them first. Reasons no longer in the tree are
     * left out.
     */
    public List<DowntimeReason> frequentReasons(long assetId, Instant from, Instant to, int limit) {
        ReasonTree tree = reasons();
        Map<String, Long> given = stops.stops(assetId, from, to).stream()
                .filter(s -> s.source() == DowntimeEvent.Source.OPERATOR && s.reason() != null)
                .collect(Collectors.groupingBy(s -> s.reason().code(), Collectors.counting()));
        return given.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> tree.find(e.getKey()))
                .flatMap(Optional::stream)
                .limit(limit)
                .toList();
    }

    /**
     * The name of the shift each stop began in on its line, by stop id (see
     * {@link StopRepository#shiftNames}).
     */
    public Map<StopId, String> shiftNames(List<StoredStop> found, Map<Long, Long> lineOfAsset) {
        return stops.shiftNames(found, lineOfAsset);
    }

    /** The equipment class code of every asset that has one, by asset id: fault mappings may be per class. */
    public Map<Long, String> equipmentClasses() {
        return reasonStore.equipmentClasses();
    }

    public StoredStop stop(StopId id) {
        return stops.stop(id).orElseThrow(() -> new StopNotFoundException(id));
    }

    /** An operator gives a stop a reason of the tree; it wins over any automatic reason. */
    public StoredStop classify(StopId id, String reasonCode, String actor) {
        DowntimeReason reason = reasons()
                .find(reasonCode)
                .orElseThrow(() -> new DowntimeException("reason '" + reasonCode
                        + "' is not in the reason tree; choose the code of one of its reasons"));
        return stops.classify(id, reason, actor);
    }

    public StoredStop comment(StopId id, String text, String actor) {
        try {
            TextLimits.prose("the comment", text, MAX_COMMENT_LENGTH);
        } catch (IllegalArgumentException e) {
            throw new DowntimeException(e.getMessage());
        }
        return stops.comment(id, text, actor);
    }

    /** Splits a stop at an instant inside it into two that keep its reason. */
    public List<StoredStop> split(StopId id, Instant at, String actor) {
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            // An open stop has no end to check against: a split in the future would leave a part that never was.
            throw new DowntimeException("split time " + at + " is in the future (now is " + now
                    + "); give an instant inside the stop, no later than now");
        }
        return stops.split(id, at, actor);
    }

    /** Merges consecutive stops of one asset (see {@link DowntimeEvent#merge}) into the earliest. */
    public StoredStop merge(Collection<StopId> ids, String actor) {
        return stops.merge(ids, actor);
    }

    /** Replaces the reason tree, all or nothing; see {@link ReasonRepository#replace}. */
    public synchronized ReasonTreeReplaced replaceReasons(ReasonTree next, boolean removeInUse, String actor) {
        if (!next.addedByRules().isEmpty() && !reasonStore.isEmpty()) {
            ReasonTree stored = reasonStore.load();
            next.addedByRules().forEach((code, rule) -> {
                if (stored.find(code).isPresent()) {
                    // Left out, the rule's own reason would come back: a removal that silently does nothing.
                    throw new DowntimeException("reason '" + code + "' is left out of the document, but the rule "
                            + rule + " gives it when no other reason is named for it, so it would stay; to remove it,"
                            + " name another reason of category " + rule.categories() + " for " + rule
                            + " under \"automatic\", or keep '" + code + "' in \"reasons\"");
                }
            });
        }
        ReasonTreeReplaced replaced = reasonStore.replace(next, removeInUse, actor);
        reasons = reasonStore.load();
        return replaced;
    }

    /** Stores {@code tree} when no tree is stored yet (a first start); says whether it did. */
    public synchronized boolean seed(ReasonTree tree, String actor) {
        if (!reasonStore.isEmpty()) {
            return false;
        }
        replaceReasons(tree, false, actor);
        return true;
    }
}
