package io.taktline.web.interfaces.security;

import io.taktline.core.access.Accounts;
import io.taktline.core.access.Identity;
import io.taktline.core.access.SignIn;
import io.taktline.core.storage.StorageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Taktline's one authentication mechanism, asked on every request. It proves who is asking and
 * decides nothing about what they may do (the pages and endpoints do): a Bearer token (API tokens),
 * a user name and password handed over by a sign-in ({@code SecurityContext.authenticate}), or the
 * identity a signed-in session holds, checked against the accounts again (cached for seconds) so a
 * disabled user or a revoked screen link is out at once. Without any of these the request goes on
 * anonymous.
 */
@ApplicationScoped
public class TaktlineAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(TaktlineAuthentication.class.getName());

    /** Where a sign-in leaves its {@link SignIn} for the page or endpoint that asked for it. */
    public static final String SIGN_IN_RESULT = "taktline.sign-in";

    @Inject
    Accounts accounts;

    @Inject
    AccessCache access;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return bearer(authorization.substring(7).strip(), request, response, context);
            }
            if (context.isAuthenticationRequest()
                    && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
                return signIn(credential, request, context);
            }
            return session(request, context);
        } catch (StorageException e) {
            LOG.log(Level.WARNING, "could not check who is asking: " + e.getMessage());
            return ProblemAnswer.send(
                    response,
                    503,
                    "sign-in cannot be checked: the database is not available (" + e.getMessage()
                            + "); try again shortly");
        }
    }

    private AuthenticationStatus bearer(
            String secret, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<Identity> identity = access.token(secret);
        if (identity.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"taktline\", error=\"invalid_token\"");
            return ProblemAnswer.send(
                    response,
                    401,
                    "the Bearer token is unknown, revoked or expired; ask an admin for a new one (POST /api/v1/tokens)");
        }
        RequestIdentity.mark(request, identity.get(), RequestIdentity.BY_TOKEN, null);
        return notify(context, identity.get());
    }

    private AuthenticationStatus signIn(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        SignIn result = accounts.signIn(
                credential.getCaller(), credential.getPasswordAsString(), RequestIdentity.from(request));
        request.setAttribute(SIGN_IN_RESULT, result);
        if (result instanceof SignIn.Accepted accepted) {
            RequestIdentity.startSession(request, accepted.identity());
            return notify(context, accepted.identity());
        }
        // Not SEND_FAILURE: the container would answer its own 401 page; the caller reads the result.
        return context.doNothing();
    }

    private AuthenticationStatus session(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Identity signedIn = session == null ? null : (Identity) session.getAttribute(RequestIdentity.SESSION_IDENTITY);
        if (signedIn == null) {
            return context.doNothing();
        }
        Optional<Identity> now = access.current(signedIn);
        if (now.isEmpty()) {
            session.invalidate();
            return context.doNothing();
        }
        if (!now.get().equals(signedIn)) {
            session.setAttribute(RequestIdentity.SESSION_IDENTITY, now.get());
        }
        RequestIdentity.mark(request, now.get(), RequestIdentity.BY_SESSION, (String)
                session.getAttribute(RequestIdentity.SESSION_CSRF));
        return notify(context, now.get());
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Identity identity) {
        return context.notifyContainerAboutLogin(
                identity.name(), identity.role().grants());
    }

    /** The API's JSON problem written straight to the response, for refusals before JAX-RS. */
    static final class ProblemAnswer {

        private ProblemAnswer() {}

        static AuthenticationStatus send(HttpServletResponse response, int status, String message) {
            try {
                write(response, status, message);
            } catch (IOException e) {
                LOG.log(Level.FINE, "the client left before the answer", e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }

        static void write(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":" + status + ",\"error\":" + jsonString(message) + "}");
        }

        static String jsonString(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '<' -> out.append("\\u003c");
                    case '>' -> out.append("\\u003e");
                    case '&' -> out.append("\\u0026");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
