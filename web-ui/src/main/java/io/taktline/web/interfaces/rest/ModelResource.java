package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.ImportResult;
import io.taktline.core.asset.ModelValidation;
import io.taktline.core.audit.AuditEntry;
import io.taktline.core.document.TextLimits;
import io.taktline.web.plant.DraftBrowse;
import io.taktline.web.plant.PlantConnectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The whole asset model as one document: export, import (with a dry run), schema, validation, audit. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/model")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    @Inject
    AssetModel model;

    @Inject
    PlantConnectors connectors;

    @Context
    SecurityContext security;

    public record AuditJson(
            long id, Instant at, String actor, String action, String entity, String key, String before, String after) {

        static AuditJson of(AuditEntry entry) {
            return new AuditJson(
                    entry.id(),
                    entry.at(),
                    entry.actor(),
                    entry.action(),
                    entry.entity(),
                    entry.entityKey(),
                    entry.oldValue(),
                    entry.newValue());
        }
    }

    @GET
    @Operation(summary = "Export the whole model as a model document (taktline-asset-model/1)")
    public String export() {
        return model.export();
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a model document: idempotent by codes, all or nothing",
            description = "Creates what is missing and changes what differs; removes nothing. With dryRun=true it"
                    + " answers the same list of changes and applies none.")
    public ImportResult importModel(
            @Parameter(description = "report the changes without applying them")
                    @QueryParam("dryRun")
                    @DefaultValue("false")
                    boolean dryRun,
            String document) {
        return model.importModel(new StringReader(document == null ? "" : document), dryRun, Actor.of(security));
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @POST
    @Path("/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Draft a model document by browsing an OPC UA server",
            description =
                    "Body: {\"endpoint\": \"press-plc\", \"url\": \"opc.tcp://press-plc:4840\" (when the endpoint is"
                            + " not in the model yet), \"root\": \"nsu=urn:...;s=Plant\", \"enterprise\": \"Acme\", \"site\": \"Plant 7\","
                            + " \"maxNodes\": 100000}. Folders below the root become shops, lines, stations and equipment;"
                            + " variables become tags with roles guessed from OPC 40001 and common names. Review it, then PUT it"
                            + " to /model (with ?dryRun=true first).")
    public String draft(@Valid @NotNull DraftRequest body) throws Exception {
        DraftBrowse.Request request = new DraftBrowse.Request(
                body.endpoint(),
                body.url(),
                body.root(),
                body.enterprise() == null ? "Enterprise" : body.enterprise(),
                body.site() == null ? "Site" : body.site(),
                body.maxNodes() == null ? 100_000 : body.maxNodes());
        try {
            return DraftBrowse.draft(connectors, request);
        } catch (IllegalArgumentException | IllegalStateException | java.util.concurrent.TimeoutException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    @GET
    @Path("/schema")
    @Operation(summary = "The JSON Schema of a model document")
    public Response schema() {
        InputStream schema = AssetModel.class.getResourceAsStream("asset-model.schema.json");
        return Response.ok(schema, "application/schema+json").build();
    }

    @GET
    @Path("/validation")
    @Operation(
            summary = "What keeps the model from working",
            description = "Dangling bindings (nodes the server does not know), nodes bound twice, stations without"
                    + " the STATE or PART_COUNTER tags that OEE needs.")
    public List<ModelValidation.Finding> validation() {
        return ModelValidation.of(model.tags(), model.assets(), connectors.tagFailures());
    }

    @GET
    @RolesAllowed(Role.ENGINEER_NAME)
    @Path("/audit")
    @Operation(summary = "The latest changes to the model, newest first: who, when, before and after")
    public List<AuditJson> audit(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw ApiProblem.badRequest("query parameter limit is " + limit + "; give a number from 1 to 10000");
        }
        return model.audit(limit).stream().map(AuditJson::of).toList();
    }

    /** Where to browse a PLC for a draft model: its endpoint (and URL if new) and the root folder. */
    @Example("{\"endpoint\": \"press-plc\", \"root\": \"nsu=urn:my-plc;s=Plant\"}")
    public record DraftRequest(
            @Text(required = true, max = TextLimits.NAME) String endpoint,
            @Text String url,
            @Text(required = true) String root,
            @Text(max = TextLimits.NAME) String enterprise,
            @Text(max = TextLimits.NAME) String site,
            @Bounded(min = 1) Long maxNodes) {}
}
