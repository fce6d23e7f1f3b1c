package io.taktline.web.interfaces.security;

import io.taktline.core.access.Accounts;
import io.taktline.core.access.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts as every request asks them, cached for {@link #FRESH}: a disabled user, a changed
 * role or a revoked token takes effect within that time, and a board polling every two seconds
 * does not query the database each time.
 */
@ApplicationScoped
public class AccessCache {

    static final Duration FRESH = Duration.ofSeconds(5);
    private static final int MOST_ENTRIES = 10_000;

    private record Cached(Optional<Identity> identity, Instant until) {}

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<Object, Cached> cache = new ConcurrentHashMap<>();

    /** The session's identity as it stands now; empty when it is no longer valid. */
    public Optional<Identity> current(Identity signedIn) {
        return cached(signedIn.kind() + ":" + signedIn.id(), () -> accounts.current(signedIn));
    }

    /** The identity of a Bearer token's secret, empty when unknown, revoked or expired. */
    public Optional<Identity> token(String secret) {
        return cached("secret:" + secret, () -> accounts.authenticate(secret));
    }

    /** Forgets what is cached, after a change to users or tokens made here. */
    public void forget() {
        cache.clear();
    }

    private Optional<Identity> cached(String key, java.util.function.Supplier<Optional<Identity>> read) {
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.identity();
        }
        Optional<Identity> identity = read.get();
        if (cache.size() >= MOST_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Cached(identity, now.plus(FRESH)));
        return identity;
    }
}
