package io.taktline.web.interfaces.rest;

import io.taktline.core.access.AccessToken;
import io.taktline.core.access.Accounts;
import io.taktline.core.access.Role;
import io.taktline.core.access.UserAccount;
import io.taktline.core.audit.AuditTrail;
import io.taktline.core.document.TextLimits;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.interfaces.security.RequestIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Users, API tokens and kiosk screen links (ADMIN), and the audit trail (ENGINEER). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AccessResource {

    /** A new token with its secret, shown this once; a screen's board link besides. */
    public record IssuedJson(AccessToken token, String secret, String boardLink) {}

    @Inject
    Accounts accounts;

    @Inject
    AccessCache access;

    @Inject
    AuditTrail audit;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    private String actor() {
        return RequestIdentity.of(request).orElseThrow().name();
    }

    @GET
    @Path("users")
    public List<UserAccount> users() {
        return accounts.users();
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addUser(@Valid @NotNull NewUser body) {
        UserAccount user = accounts.addUser(
                body.username(), body.displayName(), Role.parse("field 'role'", body.role()), body.password(), actor());
        return Response.status(201).entity(user).build();
    }

    @PUT
    @Path("users/{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserAccount setRole(@PathParam("id") long id, @Valid @NotNull RoleChange body) {
        UserAccount user = accounts.setRole(id, Role.parse("field 'role'", body.role()), actor());
        access.forget();
        return user;
    }

    @PUT
    @Path("users/{id}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserAccount setEnabled(@PathParam("id") long id, @Valid @NotNull Enabled body) {
        UserAccount user = accounts.setEnabled(id, body.enabled(), actor());
        access.forget();
        return user;
    }

    @PUT
    @Path("users/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserAccount resetPassword(@PathParam("id") long id, @Valid @NotNull PasswordReset body) {
        return accounts.resetPassword(id, body.password(), actor());
    }

    @GET
    @Path("tokens")
    public List<AccessToken> tokens() {
        return accounts.tokens();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@Valid @NotNull NewToken body) {
        String kindText = body.kind() == null ? "API" : body.kind();
        AccessToken.Kind kind;
        try {
            kind = AccessToken.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("field 'kind' is '" + kindText + "'; give API or SCREEN");
        }
        Role role = kind == AccessToken.Kind.SCREEN
                ? Role.BOARD
                : Role.parse("field 'role'", body.role() == null ? "" : body.role());
        Accounts.Issued issued = accounts.issueToken(
                kind,
                body.name(),
                role,
                Duration.ofDays(body.validDays()),
                RequestIdentity.of(request).orElseThrow());
        String link = kind == AccessToken.Kind.SCREEN
                ? uri.getBaseUri()
                        .resolve(request.getContextPath() + "/kiosk/" + issued.secret())
                        .toString()
                : null;
        return Response.status(201)
                .entity(new IssuedJson(issued.token(), issued.secret(), link))
                .build();
    }

    @DELETE
    @Path("tokens/{id}")
    public AccessToken revoke(@PathParam("id") long id) {
        AccessToken token = accounts.revokeToken(id, actor());
        access.forget();
        return token;
    }

    @GET
    @Path("audit")
    @RolesAllowed(Role.ENGINEER_NAME)
    public List<AuditTrail.Entry> audit(
            @QueryParam("user") String user,
            @QueryParam("entity") String entity,
            @QueryParam("key") String key,
            @QueryParam("from") Instant from,
            @QueryParam("to") Instant to,
            // Checked here, not by @Min/@Max: Payara's OpenAPI processor fails (500 on /openapi) on a
            // constraint on any resource-method parameter but a @PathParam.
            @QueryParam("limit") @DefaultValue("100") String limit) {
        int entries = (int) RestParameters.whole("query parameter limit", limit, 1, AuditTrail.MOST_ENTRIES);
        return audit.read(new AuditTrail.Filter(user, entity, key, from, to, entries));
    }

    /** A new user; the role is one of {@link Role}'s names. */
    @Example("{\"username\": \"li.wei\", \"displayName\": \"李伟\", \"role\": \"OPERATOR\", \"password\": \"…\"}")
    public record NewUser(
            @Text(required = true, max = TextLimits.NAME) String username,
            @Text(max = TextLimits.NAME) String displayName,
            @Text(required = true, max = TextLimits.CODE) String role,
            @Text(required = true) String password) {}

    @Example("{\"role\": \"ENGINEER\"}")
    public record RoleChange(
            @Text(required = true, max = TextLimits.CODE) String role) {}

    @Example("{\"enabled\": false}")
    public record Enabled(@NotNull Boolean enabled) {}

    @Example("{\"password\": \"a temporary password\"}")
    public record PasswordReset(@Text(required = true) String password) {}

    /** A token to issue: kind API (the default) with a role, or SCREEN (role BOARD). */
    @Example("{\"kind\": \"API\", \"name\": \"line 3 bridge\", \"role\": \"OPERATOR\", \"validDays\": 365}")
    public record NewToken(
            @Text(max = TextLimits.CODE) String kind,
            @Text(required = true, max = TextLimits.NAME) String name,
            @Text(max = TextLimits.CODE) String role,
            @NotNull Integer validDays) {}
}
