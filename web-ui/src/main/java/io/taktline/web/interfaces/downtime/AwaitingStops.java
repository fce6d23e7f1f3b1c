package io.taktline.web.interfaces.downtime;

import io.taktline.core.access.Identity;
import io.taktline.core.asset.AssetView;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.StoredStop;
import io.taktline.web.interfaces.page.EventStreams;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.plant.PlantModel;
import io.taktline.web.plant.PlantScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The stops of the plant that wait for an operator's reason, counted for the header of the
 * operators' pages and pushed to them: each open page's stream hears the count at once and again
 * whenever it changes (checked every two seconds while a page listens).
 */
@ApplicationScoped
public class AwaitingStops {

    /** The period the count covers: the downtime page's default list. */
    public static final Duration SPAN = Duration.ofHours(DowntimePage.PERIODS.get(0));

    private static final String PLANT = "plant";
    private static final Duration FRESH = Duration.ofSeconds(2);

    @Inject
    Downtime downtime;

    @Inject
    PlantModel plantModel;

    @Inject
    AccessCache access;

    @Inject
    PlantScheduler scheduler;

    @Inject
    Clock clock;

    private final EventStreams<String> pages = new EventStreams<>();
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Count last;
    private volatile Counted counted;

    /** A count and when it was made. */
    private record Counted(Count count, Instant at) {}

    /** The count, and the newest awaiting stop's id (a new stop can replace one classified meanwhile). */
    public record Count(int awaiting, long newest) {

        String json() {
            return "{\"awaiting\":" + awaiting + ",\"newest\":" + newest + "}";
        }
    }

    /** The stops awaiting a reason now, plant-wide, in the last {@link #SPAN}. */
    public Count count() {
        Instant now = clock.instant();
        List<Long> ids =
                plantModel.snapshot().assets().stream().map(AssetView::id).toList();
        List<StoredStop> awaiting = downtime.stops(ids, now.minus(SPAN), now, true);
        long newest = awaiting.stream().mapToLong(s -> s.id().value()).max().orElse(0);
        Count count = new Count(awaiting.size(), newest);
        counted = new Counted(count, now);
        return count;
    }

    /**
     * The count for a page's header: the last one made if it is at most {@link #FRESH} old (the
     * pages' own check makes one every two seconds), else one made now; so that rendering the
     * header of every operator page does not query all the plant's stops each time.
     */
    public Count current() {
        Counted known = counted;
        if (known != null && known.at().isAfter(clock.instant().minus(FRESH))) {
            return known.count();
        }
        return count();
    }

    /** Adds a page's stream and tells it the count now. */
    public void watch(Identity identity, SseEventSink sink, Sse sse) {
        Count now = count();
        last = now;
        pages.add(PLANT, sink, identity, sse, "awaiting", now.json());
        if (checking.compareAndSet(false, true)) {
            scheduler.every("count the stops awaiting a reason", this::check, 2, TimeUnit.SECONDS);
        }
    }

    private void check() {
        if (pages.isEmpty()) {
            return;
        }
        pages.signOutInvalid(PLANT, identity -> access.current(identity).isPresent());
        Count now = count();
        if (!now.equals(last)) {
            last = now;
            pages.broadcast(PLANT, "awaiting", now.json());
        }
    }

    @PreDestroy
    void closeStreams() {
        pages.closeAll();
    }
}
