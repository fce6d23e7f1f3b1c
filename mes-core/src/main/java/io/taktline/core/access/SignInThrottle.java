package io.taktline.core.access;

import java.time.Duration;

/**
 * How long an account stays locked after failed sign-ins in a row: the first {@link #FREE_FAILURES}
 * cost nothing, each further one doubles the lock from {@link #FIRST_LOCK} up to {@link #LONGEST_LOCK}.
 * A right password while locked is refused as well; a successful sign-in resets the count.
 */
public final class SignInThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private SignInThrottle() {}

    /** The lock after {@code failuresInARow} failed sign-ins, zero while they are still free. */
    public static Duration lockAfter(int failuresInARow) {
        if (failuresInARow < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failuresInARow - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
