package io.taktline.web.interfaces.security;

import io.taktline.core.access.Identity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What {@link TaktlineAuthentication} leaves on a request for the pages and the REST API: who is
 * asking, how they proved it, and the session's CSRF token. JAX-RS reads the same values as
 * properties of its request context (Jersey shares them with the servlet request's attributes).
 */
public final class RequestIdentity {

    /** The {@link Identity} of the request, absent when anonymous. */
    public static final String IDENTITY = "taktline.identity";

    /** How it was proved: {@link #BY_SESSION} or {@link #BY_TOKEN}. */
    public static final String PROVED_BY = "taktline.proved-by";

    /** The session's CSRF token, on the request when it was proved by the session. */
    public static final String CSRF_TOKEN = "taktline.csrf-token";

    /** The header a state-changing REST call made with the session cookie must carry. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    public static final String BY_SESSION = "session";
    public static final String BY_TOKEN = "token";

    static final String SESSION_IDENTITY = "taktline.session.identity";
    static final String SESSION_CSRF = "taktline.session.csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIdentity() {}

    public static Optional<Identity> of(HttpServletRequest request) {
        return Optional.ofNullable((Identity) request.getAttribute(IDENTITY));
    }

    /** Starts a signed-in session for {@code identity}: a new session id (no fixation), a new CSRF token. */
    public static void startSession(HttpServletRequest request, Identity identity) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        } else {
            session = request.getSession(true);
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        session.setAttribute(SESSION_IDENTITY, identity);
        session.setAttribute(
                SESSION_CSRF, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        mark(request, identity, BY_SESSION, (String) session.getAttribute(SESSION_CSRF));
    }

    /** Ends the session, and with it the sign-in. */
    public static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.removeAttribute(IDENTITY);
        request.removeAttribute(CSRF_TOKEN);
    }

    /** Updates the session's identity after a change of its own (a new password). */
    public static void update(HttpServletRequest request, Identity identity) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_IDENTITY, identity);
        }
        request.setAttribute(IDENTITY, identity);
    }

    static void mark(HttpServletRequest request, Identity identity, String provedBy, String csrf) {
        request.setAttribute(IDENTITY, identity);
        request.setAttribute(PROVED_BY, provedBy);
        if (csrf != null) {
            request.setAttribute(CSRF_TOKEN, csrf);
        }
    }

    /** The client's address for the audit trail: the proxy's X-Forwarded-For first hop when there is one. */
    public static String from(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        String first = forwarded == null ? "" : forwarded.split(",")[0].strip();
        return first.isEmpty() || first.length() > 64
                ? request.getRemoteAddr()
                : first + " via " + request.getRemoteAddr();
    }
}
