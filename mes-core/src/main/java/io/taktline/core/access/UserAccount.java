package io.taktline.core.access;

import java.time.Instant;

/** A person who signs in, as stored (the password hash stays in the repository). */
public record UserAccount(
        long id,
        String username,
        String displayName,
        Role role,
        boolean mustChangePassword,
        boolean enabled,
        int failedSignIns,
        Instant lockedUntil,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
