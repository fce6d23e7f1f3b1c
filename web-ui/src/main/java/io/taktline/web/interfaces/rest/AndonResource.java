package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Role;
import io.taktline.core.andon.AndonCall;
import io.taktline.core.andon.AndonCallId;
import io.taktline.core.andon.AndonCalls;
import io.taktline.core.andon.AndonKind;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.web.plant.PlantModel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Andon calls: an operator raises one at a station, the line's board shows it until it is closed. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/andon")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AndonResource {

    @Inject
    AndonCalls andon;

    @Inject
    PlantModel plant;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    /** A call as the API answers it, with its station's path and the minutes it has been (or was) open. */
    public record CallJson(
            long id,
            long station,
            String stationPath,
            AndonKind kind,
            AndonCall.State state,
            String note,
            Instant raisedAt,
            String raisedBy,
            Instant acknowledgedAt,
            String acknowledgedBy,
            Instant closedAt,
            String closedBy,
            double openSeconds) {}

    @GET
    @Operation(
            summary = "The andon calls of a station, or of every station beneath a line, shop or the plant",
            description = "open=true: the calls open now (raised or acknowledged); otherwise the calls open at some"
                    + " time in the period (default: the last 8 hours, at most 31 days), oldest first.")
    @APIResponse(responseCode = "404", description = "no asset with that id")
    public List<CallJson> calls(
            @Parameter(description = "asset id of a station, line, shop or the plant; default: the whole plant")
                    @QueryParam("asset")
                    Long asset,
            @Parameter(description = "true: only the calls open now") @QueryParam("open") @DefaultValue("false")
                    boolean open,
            @BeanParam TimeWindow window) {
        ModelSnapshot model = plant.snapshot();
        List<Long> stations = stationsBeneath(model, asset);
        if (open) {
            return json(model, andon.open(stations));
        }
        TimeWindow.Period period = window.resolve(clock, Duration.ofHours(8), AndonCalls.MOST_READ);
        return json(model, andon.calls(stations, period.start(), period.end()));
    }

    @RolesAllowed(Role.OPERATOR_NAME)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Raise an andon call at a station",
            description = "Body: {\"station\": 52, \"kind\": \"MATERIAL\", \"note\": \"clips for door trim\"}; kind is"
                    + " HELP, MATERIAL, QUALITY or MAINTENANCE, the note is optional. One call of a kind is open per"
                    + " station. Audited.")
    @APIResponse(responseCode = "201", description = "the call, raised")
    @APIResponse(responseCode = "400", description = "the asset is not a station, or the kind is not one there is")
    @APIResponse(responseCode = "404", description = "no asset with that id")
    @APIResponse(responseCode = "409", description = "the station has an open call of that kind")
    public Response raise(@Valid @NotNull RaiseRequest body) {
        ModelSnapshot model = plant.snapshot();
        AssetView station = model.find(body.station());
        if (station.level() != AssetLevel.WORK_CELL) {
            throw ApiProblem.badRequest("asset " + station.id() + " (" + station.path() + ") is a " + station.level()
                    + ", not a station; andon calls are raised at a station (a WORK_CELL)");
        }
        AndonCall call = andon.raise(
                station.id(), AndonKind.parse("field 'kind'", body.kind()), body.note(), Actor.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(json(model, call))
                .build();
    }

    /** A call to raise. */
    @Example("{\"station\": 52, \"kind\": \"MATERIAL\", \"note\": \"clips for door trim\"}")
    public record RaiseRequest(
            @NotNull @Bounded(min = 1) Long station,
            @Text(required = true, max = 20) String kind,
            @Text(max = AndonCalls.MAX_NOTE_LENGTH) String note) {}

    @RolesAllowed(Role.OPERATOR_NAME)
    @PUT
    @Path("/{id}/acknowledge")
    @Operation(summary = "Acknowledge an open call: someone is on the way. Audited.")
    @APIResponse(responseCode = "404", description = "no call with that id")
    @APIResponse(responseCode = "409", description = "the call is closed or acknowledged already")
    public CallJson acknowledge(@PathParam("id") AndonCallId id) {
        return json(plant.snapshot(), andon.acknowledge(id, Actor.of(security)));
    }

    @RolesAllowed(Role.OPERATOR_NAME)
    @PUT
    @Path("/{id}/close")
    @Operation(summary = "Close a call: it is dealt with (acknowledged or not). Audited.")
    @APIResponse(responseCode = "404", description = "no call with that id")
    @APIResponse(responseCode = "409", description = "the call is closed already")
    public CallJson close(@PathParam("id") AndonCallId id) {
        return json(plant.snapshot(), andon.close(id, Actor.of(security)));
    }

    private static List<Long> stationsBeneath(ModelSnapshot model, Long asset) {
        if (asset == null) {
            return model.assets().stream()
                    .filter(a -> a.level() == AssetLevel.WORK_CELL)
                    .map(AssetView::id)
                    .toList();
        }
        AssetView top = model.find(asset);
        List<Long> stations = new ArrayList<>();
        if (top.level() == AssetLevel.WORK_CELL) {
            stations.add(top.id());
        }
        model.descendants(top).stream()
                .filter(a -> a.level() == AssetLevel.WORK_CELL)
                .forEach(a -> stations.add(a.id()));
        return stations;
    }

    private List<CallJson> json(ModelSnapshot model, List<AndonCall> calls) {
        return calls.stream().map(call -> json(model, call)).toList();
    }

    private CallJson json(ModelSnapshot model, AndonCall call) {
        Instant until = call.closedAt() != null ? call.closedAt() : clock.instant();
        return new CallJson(
                call.id().value(),
                call.stationId(),
                model.asset(call.stationId()).map(AssetView::path).orElse(null),
                call.kind(),
                call.state(),
                call.note(),
                call.raisedAt(),
                call.raisedBy(),
                call.acknowledgedAt(),
                call.acknowledgedBy(),
                call.closedAt(),
                call.closedBy(),
                Math.max(0, Duration.between(call.raisedAt(), until).toMillis() / 1000.0));
    }
}
