package io.taktline.web.interfaces.security;

import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sets the security headers on every answer and lets a page through only with the role its
 * {@link Page} declares: anonymous visitors go to the sign-in page (and back after it), a user who
 * must change the password to the password page, a role that is not enough gets a 403 page. The
 * REST API is checked by its own endpoints' roles; Faces' resources (scripts, styles) are open.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageAccess extends HttpFilter {

    /** PrimeFaces' own nonce-based script policy (primefaces.CSP) adds to this one. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:;"
            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (open(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ServiceEndpoint> service = ServiceEndpoint.at(path);
        if (service.isPresent()) {
            serve(service.get(), request, response, chain);
            return;
        }
        Optional<Page> page = Page.at(path);
        if (page.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        Optional<Role> needed = page.get().role();
        Optional<Identity> identity = RequestIdentity.of(request);
        if (needed.isEmpty()) {
            chain.doFilter(request, response);
        } else if (identity.isEmpty()) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            redirect(
                    request,
                    response,
                    request.getContextPath() + Page.SIGN_IN.path() + "?next="
                            + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } else if (identity.get().mustChangePassword() && !page.get().beforePasswordChange()) {
            redirect(request, response, request.getContextPath() + Page.PASSWORD.path());
        } else if (!identity.get().role().includes(needed.get())) {
            Forbidden.write(request, response, identity.get(), needed.get());
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /**
     * The server's own endpoints, within the application when it is deployed at {@code /}: a
     * machine reads them, so no redirect to the sign-in page but the API's JSON problem.
     */
    private static void serve(
            ServiceEndpoint service, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Role> needed = service.role();
        Optional<Identity> identity = RequestIdentity.of(request);
        if (needed.isEmpty() || identity.isPresent() && identity.get().role().includes(needed.get())) {
            chain.doFilter(request, response);
        } else if (identity.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"taktline\"");
            TaktlineAuthentication.ProblemAnswer.write(
                    response,
                    401,
                    service.path() + " needs role " + needed.get()
                            + "; send an API token as 'Authorization: Bearer tkl_...'");
        } else {
            TaktlineAuthentication.ProblemAnswer.write(
                    response,
                    403,
                    service.path() + " needs role " + needed.get() + "; "
                            + identity.get().name() + " has " + identity.get().role());
        }
    }

    /**
     * A redirect the page follows: a Faces Ajax request (the board's poll) is told in a partial
     * response, which the page's script follows; any other request gets a 302.
     */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String to)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + Forbidden.escape(to) + "\"/></partial-response>");
        } else {
            response.sendRedirect(to);
        }
    }

    /** What is not a page: the API (its endpoints check roles), Faces' resources, the styles, kiosk links. */
    private static boolean open(String path) {
        return path.startsWith("/api/")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith("/kiosk/")
                || path.equals("/favicon.ico");
    }
}
