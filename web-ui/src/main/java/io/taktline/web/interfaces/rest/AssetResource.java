package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.AssetNotFoundException;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagView;
import io.taktline.core.document.TextLimits;
import io.taktline.core.live.LiveAssets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@RolesAllowed(Role.VIEWER_NAME)
@Path("/assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    @Inject
    AssetModel model;

    @Inject
    LiveAssets live;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Assets of the ISA-95 model, ordered by path; all levels, or one")
    public List<AssetView> assets(
            @Parameter(description = "ENTERPRISE, SITE, AREA (a shop), LINE, WORK_CELL (a station) or EQUIPMENT")
                    @QueryParam("level")
                    String level) {
        if (level == null || level.isBlank()) {
            return model.assets();
        }
        AssetLevel parsed;
        try {
            parsed = AssetLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("query parameter level: " + e.getMessage());
        }
        return model.assets(parsed);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One asset")
    public AssetView asset(@PathParam("id") long id) {
        return model.asset(id).orElseThrow(() -> new AssetNotFoundException("no asset with id " + id));
    }

    @GET
    @Path("/{id}/live")
    @Operation(
            summary = "The asset's state now, since when, and the parts it counted since Taktline started",
            description = "From memory, kept current by the signal stream. 404 for an asset with no STATE or counter"
                    + " tag, or before its first value has arrived.")
    public LiveAssets.AssetLive live(@PathParam("id") long id) {
        AssetView asset = asset(id);
        return live.of(id)
                .orElseThrow(() -> ApiProblem.notFound("asset '" + asset.path()
                        + "' has no live state yet: it has no STATE or counter tag, or none of them has sent a value"));
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @POST
    @Path("/{id}/children")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an asset below this one, or change the child with that code",
            description = "The body is one asset of the model document (level, code, name, description, order,"
                    + " active, class, attributes, tags), without children.")
    public Response putChild(@PathParam("id") long parentId, String body) {
        AssetView asset = model.putAsset(parentId, body, Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(asset).build();
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an asset with its tags; with recursive=true also everything below it")
    public Response delete(
            @PathParam("id") long id, @QueryParam("recursive") @DefaultValue("false") boolean recursive) {
        model.deleteAsset(id, recursive, Actor.of(security));
        return Response.noContent().build();
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Path("/{id}/parent/{parentId}")
    @Operation(summary = "Move an asset with its subtree below another parent")
    public AssetView move(@PathParam("id") long id, @PathParam("parentId") long parentId) {
        return model.moveAsset(id, parentId, Actor.of(security));
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @POST
    @Path("/{id}/clone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Copy an asset (e.g. a line) with its subtree and tags under the same parent",
            description =
                    "Body: {\"code\": \"PL2\", \"name\": \"Press line 2\", \"replace\": \"/PL1/\", \"with\": \"/PL2/\"};"
                            + " each copied tag's node identifier has 'replace' swapped for 'with'.")
    public Response cloneAsset(@PathParam("id") long id, @Valid @NotNull CloneRequest body) {
        AssetView clone =
                model.cloneAsset(id, body.code(), body.name(), body.replace(), body.with(), Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(clone).build();
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @POST
    @Path("/{id}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a tag of this asset, or change the one with that name; connectors follow at once",
            description =
                    "The body is one tag of the model document (name, role, endpoint, node, dataType, unit,"
                            + " samplingIntervalMs, deadband, enabled); what it leaves out comes from the asset class's template.")
    public Response putTag(@PathParam("id") long assetId, String body) {
        TagView tag = model.putTag(assetId, body, Actor.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(TagResource.TagJson.of(tag))
                .build();
    }

    /** The copy's code and name, and what to swap in its tags' node identifiers. */
    @Example("{\"code\": \"PL2\", \"name\": \"Press line 2\", \"replace\": \"/PL1/\", \"with\": \"/PL2/\"}")
    public record CloneRequest(
            @Text(required = true, max = TextLimits.CODE) String code,
            @Text(required = true, max = TextLimits.NAME) String name,
            @Text(required = true) String replace,
            @Text(required = true) String with) {}
}
