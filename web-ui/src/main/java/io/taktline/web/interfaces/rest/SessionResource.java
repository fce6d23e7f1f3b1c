package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Accounts;
import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.core.access.SignIn;
import io.taktline.core.document.TextLimits;
import io.taktline.web.interfaces.rest.EndpointAccess.BeforePasswordChange;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.interfaces.security.RequestIdentity;
import io.taktline.web.interfaces.security.TaktlineAuthentication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * Signing in and out over the API, for the web UI's scripts and for tools that keep a session:
 * the answer carries the session's CSRF token, which every state-changing call made with the
 * session cookie sends back as {@code X-CSRF-Token}. Scripts and machines use API tokens instead.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record Session(String user, Role role, String kind, boolean mustChangePassword, String csrfToken) {}

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    AccessCache access;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Session signIn(@Valid @NotNull Credentials body) {
        String username = body.username();
        String password = body.password();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        Object result = request.getAttribute(TaktlineAuthentication.SIGN_IN_RESULT);
        if (status == AuthenticationStatus.SUCCESS && result instanceof SignIn.Accepted) {
            return current();
        }
        if (result instanceof SignIn.Locked locked) {
            long seconds = Math.max(
                    1,
                    java.time.Duration.between(clock.instant(), locked.until()).toSeconds());
            throw new jakarta.ws.rs.WebApplicationException(Response.status(429)
                    .type(MediaType.APPLICATION_JSON)
                    .header("Retry-After", seconds)
                    .entity(new ApiProblem.Body(
                            429,
                            "too many failed sign-ins for " + username + "; the account takes none for " + seconds
                                    + " s"))
                    .build());
        }
        throw new jakarta.ws.rs.WebApplicationException(Response.status(401)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiProblem.Body(401, "the user name or the password is not right"))
                .build());
    }

    @GET
    @RolesAllowed(Role.BOARD_NAME)
    @BeforePasswordChange
    public Session current() {
        Identity identity = RequestIdentity.of(request).orElseThrow();
        return new Session(
                identity.name(), identity.role(), identity.kind().name(), identity.mustChangePassword(), (String)
                        request.getAttribute(RequestIdentity.CSRF_TOKEN));
    }

    @DELETE
    @RolesAllowed(Role.BOARD_NAME)
    @BeforePasswordChange
    public Response signOut() {
        RequestIdentity.of(request).ifPresent(identity -> accounts.signedOut(identity, RequestIdentity.from(request)));
        RequestIdentity.endSession(request);
        return Response.noContent().build();
    }

    @PUT
    @Path("/password")
    @RolesAllowed(Role.VIEWER_NAME)
    @BeforePasswordChange
    @Consumes(MediaType.APPLICATION_JSON)
    public Session changePassword(@Valid @NotNull PasswordChange body) {
        Identity changed =
                accounts.changePassword(RequestIdentity.of(request).orElseThrow(), body.current(), body.replacement());
        RequestIdentity.update(request, changed);
        access.forget();
        return current();
    }

    /** A user name and its password. */
    @Example("{\"username\": \"admin\", \"password\": \"…\"}")
    public record Credentials(
            @Text(required = true, max = TextLimits.NAME) String username,
            @Text(required = true) String password) {}

    /** The password now and the one to have instead. */
    @Example("{\"current\": \"…\", \"new\": \"…\"}")
    public record PasswordChange(
            @Text(required = true) String current,
            @JsonbProperty("new") @Text(required = true) String replacement) {}
}
