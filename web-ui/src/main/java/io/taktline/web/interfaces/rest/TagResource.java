package io.taktline.web.interfaces.rest;

import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.WriteRecord;
import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.db.historian.SampleQueries;
import io.taktline.db.historian.StoredSample;
import io.taktline.web.plant.PlantConnectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@RolesAllowed(Role.VIEWER_NAME)
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

    @Inject
    Clock clock;

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
            @BeanParam TimeWindow window,
            @Parameter(description = "most samples returned, up to " + MAX_SAMPLES)
                    @QueryParam("limit")
                    @DefaultValue("10000")
                    int limit) {
        TimeWindow.Period period = window.resolve(clock, Duration.ofHours(1), Duration.ofDays(31));
        Instant start = period.start();
        Instant end = period.end();
        if (limit < 1 || limit > MAX_SAMPLES) {
            throw ApiProblem.badRequest(
                    "query parameter limit is " + limit + "; give a number from 1 to " + MAX_SAMPLES);
        }
        model.tag(id).orElseThrow(() -> ApiProblem.notFound("no tag with id " + id + "; GET /api/v1/tags lists them"));
        return samples.range(id, start, end, limit).stream().map(SampleJson::of).toList();
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Path("/{id}/value")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write a value to the tag's node (a setpoint, an acknowledgement)",
            description = "Body: {\"value\": 42}. The node's data type is read first and the value converted to it"
                    + " exactly; every write, accepted or not, is in the audit trail.")
    public WriteRecord write(@PathParam("id") long id, @Valid @NotNull ValueWrite body) throws Exception {
        TagView tag = model.tag(id)
                .orElseThrow(() -> ApiProblem.notFound("no tag with id " + id + "; GET /api/v1/tags lists them"));
        JsonValue json = body.value();
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            throw ApiProblem.badRequest("send the value to write as {\"value\": 42}");
        }
        Object value =
                switch (json.getValueType()) {
                    case NUMBER -> number((JsonNumber) json);
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

    @RolesAllowed(Role.ENGINEER_NAME)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a tag; its connector stops reading the node at once, its history stays")
    public Response delete(@PathParam("id") long id) {
        model.deleteTag(id, Actor.of(security));
        return Response.noContent().build();
    }

    /** A whole number that fits a PLC's Int64, or a finite double: 1e400 would reach the PLC as Infinity. */
    private static Object number(JsonNumber number) {
        if (number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw ApiProblem.badRequest(
                        "value " + number + " is larger than a PLC's Int64 holds; write a smaller whole number");
            }
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw ApiProblem.badRequest("value " + number + " is beyond a Double's range and would be written as"
                    + " Infinity; write a number from -1.7976931348623157E308 to 1.7976931348623157E308");
        }
        return value;
    }

    /** The value to write: a number, true/false or a text, converted to the node's data type. */
    @Example("{\"value\": 42}")
    public record ValueWrite(JsonValue value) {}
}
