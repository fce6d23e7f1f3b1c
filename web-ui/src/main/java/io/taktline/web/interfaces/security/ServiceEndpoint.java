package io.taktline.web.interfaces.security;

import io.taktline.core.access.Role;
import java.util.Arrays;
import java.util.Optional;

/**
 * Payara Micro's own endpoints with the role each needs. Health is open, so that a load balancer
 * or an orchestrator can probe it: it says UP or DOWN and why, no plant data. The API description
 * is open too; the metrics need a VIEWER (a scraper sends an API token).
 */
enum ServiceEndpoint {
    HEALTH("/health", null),
    OPENAPI("/openapi", null),
    METRICS("/metrics", Role.VIEWER);

    private final String path;
    private final Role role;

    ServiceEndpoint(String path, Role role) {
        this.path = path;
        this.role = role;
    }

    String path() {
        return path;
    }

    /** The role it needs, empty when anyone may read it. */
    Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    static Optional<ServiceEndpoint> at(String path) {
        return Arrays.stream(values())
                .filter(e -> path.equals(e.path) || path.startsWith(e.path + "/"))
                .findFirst();
    }
}
