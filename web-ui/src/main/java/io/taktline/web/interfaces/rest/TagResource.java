package io.taktline.web.interfaces.rest;

import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.WriteRecord;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.db.historian.SampleQueries;
import io.taktline.db.historian.StoredSample;
import io.taktline.web.plant.PlantConnectors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    static final int MAX_SAMPLES = 100_000;

    @Inject
    AssetModel model;

    @Inject
    SampleQueries samples;

    @Inject
    PlantConnectors connectors;

    @Context
    SecurityContext security;

    /** A tag as the API shows it: the node as one expanded node id string. */
    public record TagJson(
            long id,
            long assetId,
            String assetPath,
            String name,
            TagRole role,
            String endpoint,
            String node,
            String dataType,
            String unit,
            int samplingIntervalMs,
            double deadband,
            boolean enabled) {

        static TagJson of(TagView tag) {
            return new TagJson(
                    tag.id(),
                    tag.assetId(),
                    tag.assetPath(),
                    tag.name(),
                    tag.role(),
                    tag.endpoint(),
                    tag.node().toString(),
                    tag.dataType(),
                    tag.unit(),
                    tag.samplingIntervalMs(),
                    tag.deadband(),
                    tag.enabled());
        }
    }

    public record SampleJson(Instant time, double value, String quality) {

        static SampleJson of(StoredSample sample) {
            return new SampleJson(
                    sample.time(),
                    sample.value(),
                    io.taktline.connect.Quality.ofCode(sample.quality()).name());
        }
    }

    @GET
    @Operation(summary = "Every tag: the asset it belongs to, its role and the OPC UA node it is bound to")
    public List<TagJson> tags() {
        return model.tags().stream().map(TagJson::of).toList();
    }

    @GET
    @Path("/{id}/samples")
    @Operation(summary = "Stored samples of one tag in [from, to), oldest first")
    public List<SampleJson> samples(
            @PathParam("id") long id,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-25T06:00:00Z; default: an hour before 'to'")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "ISO-8601 instant; default: now") @QueryParam("to") String to,
            @Parameter(description = "most samples returned, up to " + MAX_SAMPLES)
                    @QueryParam("limit")
                    @DefaultValue("10000")
                    int limit) {
        Instant end = to == null || to.isBlank() ? Instant.now() : instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofHours(1)) : instant("from", from);
        if (!start.isBefore(end)) {
            throw ApiProblem.badRequest("query parameter from (" + start + ") is not before to (" + end
                    + "); give a range whose start comes first");
        }
        if (limit < 1 || limit > MAX_SAMPLES) {
            throw ApiProblem.badRequest(
                    "query parameter limit is " + limit + "; give a number from 1 to " + MAX_SAMPLES);
        }
        model.tag(id).orElseThrow(() -> ApiProblem.notFound("no tag with id " + id + "; GET /api/v1/tags lists them"));
        return samples.range(id, start, end, limit).stream().map(SampleJson::of).toList();
    }

    @PUT
    @Path("/{id}/value")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write a value to the tag's node (a setpoint, an acknowledgement)",
            description = "Body: {\"value\": 42}. The node's data type is read first and the value converted to it"
                    + " exactly; every write, accepted or not, is in the audit trail.")
    public WriteRecord write(@PathParam("id") long id, JsonObject body) throws Exception {
        TagView tag = model.tag(id)
                .orElseThrow(() -> ApiProblem.notFound("no tag with id " + id + "; GET /api/v1/tags lists them"));
        if (body == null || !body.containsKey("value") || body.isNull("value")) {
            throw ApiProblem.badRequest("send the value to write as {\"value\": ...}");
        }
        JsonValue json = body.get("value");
        Object value =
                switch (json.getValueType()) {
                    case NUMBER ->
                        ((JsonNumber) json).isIntegral()
                                ? (Object) ((JsonNumber) json).longValueExact()
                                : (Object) ((JsonNumber) json).doubleValue();
                    case TRUE -> Boolean.TRUE;
                    case FALSE -> Boolean.FALSE;
                    case STRING -> ((JsonString) json).getString();
                    default ->
                        throw ApiProblem.badRequest(
                                "value must be a number, true/false or a string, not " + json.getValueType());
                };
        OpcUaConnector connector = connectors
                .connector(tag.endpoint())
                .orElseThrow(() -> ApiProblem.unavailable("endpoint '" + tag.endpoint() + "' of tag " + id
                        + " has no running connector; see GET /api/v1/connectors"));
        WriteRecord record = connector
                .write(new NodeRef(tag.node().namespaceUri(), tag.node().identifier()), value, Actor.of(security))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        if (!record.success()) {
            throw ApiProblem.badRequest("write of " + value + " to tag " + id + " (" + tag.node() + ") failed: "
                    + record.status() + (record.message() == null ? "" : "; " + record.message()));
        }
        return record;
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a tag; its connector stops reading the node at once, its history stays")
    public Response delete(@PathParam("id") long id) {
        model.deleteTag(id, Actor.of(security));
        return Response.noContent().build();
    }

    private static Instant instant(String parameter, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("query parameter " + parameter + " is '" + text
                    + "', not an ISO-8601 instant; write it like 2026-11-25T06:00:00Z");
        }
    }
}
