package io.taktline.web.interfaces.rest;

import io.taktline.core.access.AccessToken;
import io.taktline.core.access.Accounts;
import io.taktline.core.access.Role;
import io.taktline.core.access.UserAccount;
import io.taktline.core.audit.AuditTrail;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.interfaces.security.RequestIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
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
    public Response addUser(String body) {
        JsonObject fields = RequestFields.object(
                body,
                "{\"username\": \"li.wei\", \"displayName\": \"李伟\", \"role\": \"OPERATOR\", \"password\": \"…\"}");
        UserAccount user = accounts.addUser(
                RequestFields.text(fields, "username"),
                RequestFields.optionalText(fields, "displayName", null),
                Role.parse("field 'role'", RequestFields.text(fields, "role")),
                RequestFields.text(fields, "password"),
                actor());
        return Response.status(201).entity(user).build();
    }

    @PUT
    @Path("users/{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserAccount setRole(@PathParam("id") long id, String body) {
        JsonObject fields = RequestFields.object(body, "{\"role\": \"ENGINEER\"}");
        UserAccount user =
                accounts.setRole(id, Role.parse("field 'role'", RequestFields.text(fields, "role")), actor());
        access.forget();
        return user;
    }

    @PUT
    @Path("users/{id}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserAccount setEnabled(@PathParam("id") long id, String body) {
        JsonObject fields = RequestFields.object(body, "{\"enabled\": false}");
        JsonValue enabled = fields.get("enabled");
        if (enabled != JsonValue.TRUE && enabled != JsonValue.FALSE) {
            throw ApiProblem.badRequest("field 'enabled' must be true or false, as in {\"enabled\": false}");
        }
        UserAccount user = accounts.setEnabled(id, enabled == JsonValue.TRUE, actor());
        access.forget();
        return user;
    }

    @PUT
    @Path("users/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserAccount resetPassword(@PathParam("id") long id, String body) {
        JsonObject fields = RequestFields.object(body, "{\"password\": \"a temporary password\"}");
        return accounts.resetPassword(id, RequestFields.text(fields, "password"), actor());
    }

    @GET
    @Path("tokens")
    public List<AccessToken> tokens() {
        return accounts.tokens();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(String body) {
        JsonObject fields = RequestFields.object(
                body, "{\"kind\": \"API\", \"name\": \"line 3 bridge\", \"role\": \"OPERATOR\", \"validDays\": 365}");
        String kindText = RequestFields.optionalText(fields, "kind", "API");
        AccessToken.Kind kind;
        try {
            kind = AccessToken.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("field 'kind' is '" + kindText + "'; give API or SCREEN");
        }
        Role role = kind == AccessToken.Kind.SCREEN
                ? Role.BOARD
                : Role.parse("field 'role'", RequestFields.text(fields, "role"));
        if (!(fields.get("validDays") instanceof JsonNumber days) || !days.isIntegral()) {
            throw ApiProblem.badRequest("field 'validDays' must be a whole number of days");
        }
        Accounts.Issued issued = accounts.issueToken(
                kind,
                RequestFields.text(fields, "name"),
                role,
                Duration.ofDays(days.longValue()),
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
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Instant since = from == null ? null : RestParameters.instant("query parameter 'from'", from);
        Instant until = to == null ? null : RestParameters.instant("query parameter 'to'", to);
        if (limit < 1 || limit > AuditTrail.MOST_ENTRIES) {
            throw ApiProblem.badRequest(
                    "query parameter 'limit' is " + limit + "; give 1 to " + AuditTrail.MOST_ENTRIES);
        }
        return audit.read(new AuditTrail.Filter(user, entity, key, since, until, limit));
    }
}
