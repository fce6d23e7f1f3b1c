package io.taktline.core.access;

import java.time.Instant;

/**
 * A token as stored, without its secret: an API token for a script or machine (sent as
 * {@code Authorization: Bearer}), or a kiosk screen's board link.
 */
public record AccessToken(
        long id,
        Kind kind,
        String name,
        Role role,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public enum Kind {
        /** For scripts and machines, sent as a Bearer token. */
        API,
        /** A shop-floor screen's board link: read-only, the board only. */
        SCREEN
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
