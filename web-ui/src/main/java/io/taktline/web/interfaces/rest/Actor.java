package io.taktline.web.interfaces.rest;

import jakarta.ws.rs.core.SecurityContext;

/** Who makes a change, for the audit trail: the signed-in user, {@code token:<name>} or {@code screen:<name>}. */
final class Actor {

    private Actor() {}

    static String of(SecurityContext security) {
        return security != null && security.getUserPrincipal() != null
                ? security.getUserPrincipal().getName()
                : "anonymous";
    }
}
