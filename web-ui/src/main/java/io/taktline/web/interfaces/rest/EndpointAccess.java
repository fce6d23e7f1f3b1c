package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.web.interfaces.security.RequestIdentity;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

/**
 * Every endpoint's role, checked before it runs. An endpoint declares exactly one role with
 * {@code @RolesAllowed} (on the method, else on its class), or {@code @PermitAll} for the few that
 * take anonymous calls (signing in). One that declares neither is refused for everyone: nothing is
 * open by default, and the endpoint table test fails on it. Answers: 401 without credentials, 403
 * with a role that is not enough, 403 for a state-changing call made with the session cookie
 * without the session's CSRF token, 403 before a required password change; all as the API's JSON
 * problem.
 */
@Provider
public class EndpointAccess implements DynamicFeature {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** What an endpoint declares: a role, anonymous, or nothing. */
    public record Declared(Optional<Role> role, boolean anonymous) {

        public static Declared of(Class<?> resource, Method method) {
            if (method.isAnnotationPresent(PermitAll.class)) {
                return new Declared(Optional.empty(), true);
            }
            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
            if (roles == null) {
                if (resource.isAnnotationPresent(PermitAll.class)) {
                    return new Declared(Optional.empty(), true);
                }
                roles = resource.getAnnotation(RolesAllowed.class);
            }
            if (roles == null || roles.value().length != 1) {
                return new Declared(Optional.empty(), false);
            }
            return new Declared(Optional.of(Role.valueOf(roles.value()[0])), false);
        }

        public boolean declared() {
            return anonymous || role.isPresent();
        }
    }

    /** Marks an endpoint a user whose password must be changed may still call (signing out, changing it). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    public @interface BeforePasswordChange {}

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        context.register(
                new Check(
                        Declared.of(info.getResourceClass(), method),
                        method.isAnnotationPresent(BeforePasswordChange.class),
                        info.getResourceClass().getSimpleName() + "." + method.getName()),
                Priorities.AUTHORIZATION);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final Declared declared;
        private final boolean beforePasswordChange;
        private final String endpoint;

        Check(Declared declared, boolean beforePasswordChange, String endpoint) {
            this.declared = declared;
            this.beforePasswordChange = beforePasswordChange;
            this.endpoint = endpoint;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!declared.declared()) {
                refuse(request, 403, endpoint + " declares no role and is closed to everyone; this is a bug");
                return;
            }
            if (declared.anonymous()) {
                return;
            }
            Identity identity = (Identity) request.getProperty(RequestIdentity.IDENTITY);
            Role needed = declared.role().orElseThrow();
            if (identity == null) {
                request.abortWith(problem(
                                401,
                                "sign in first: send 'Authorization: Bearer <token>' or sign in with"
                                        + " POST /api/v1/session; this needs the role " + needed)
                        .header("WWW-Authenticate", "Bearer realm=\"taktline\"")
                        .build());
                return;
            }
            if (identity.mustChangePassword() && !beforePasswordChange) {
                refuse(request, 403, identity.name() + " must change the password first: PUT /api/v1/session/password");
                return;
            }
            if (!identity.role().includes(needed)) {
                refuse(request, 403, identity.name() + " has the role " + identity.role() + "; this needs " + needed);
                return;
            }
            boolean bySession = RequestIdentity.BY_SESSION.equals(request.getProperty(RequestIdentity.PROVED_BY));
            if (bySession && !SAFE_METHODS.contains(request.getMethod())) {
                Object expected = request.getProperty(RequestIdentity.CSRF_TOKEN);
                String given = request.getHeaderString(RequestIdentity.CSRF_HEADER);
                if (expected == null
                        || !java.security.MessageDigest.isEqual(
                                expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                (given == null ? "" : given).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                    refuse(
                            request,
                            403,
                            "a change made with the session cookie needs the header " + RequestIdentity.CSRF_HEADER
                                    + " with the session's token (GET /api/v1/session gives it)");
                }
            }
        }

        private static void refuse(ContainerRequestContext request, int status, String message) {
            request.abortWith(problem(status, message).build());
        }

        private static Response.ResponseBuilder problem(int status, String message) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiProblem.Body(status, message));
        }
    }
}
