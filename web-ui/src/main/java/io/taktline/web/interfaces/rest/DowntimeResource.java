package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.document.TextLimits;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.ReasonTreeDocument;
import io.taktline.core.downtime.ReasonTreeReplaced;
import io.taktline.core.downtime.StopId;
import io.taktline.core.downtime.StoredStop;
import io.taktline.web.interfaces.downtime.AwaitingStops;
import io.taktline.web.interfaces.security.RequestIdentity;
import io.taktline.web.plant.PlantModel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The stops of the plant's assets: list them, give them reasons and comments, split and merge them; the reason tree. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/downtime")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DowntimeResource {

    @Inject
    PlantModel plant;

    @Inject
    Downtime downtime;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Inject
    AwaitingStops awaitingStops;

    @GET
    @Operation(
            summary =
                    "The stops of an asset, or of every asset beneath a line, shop or the plant, that overlap a period",
            description = "Each stop with its asset, start, end (null while it lasts), duration, reason (null while it"
                    + " waits for an operator) with its path in the reason tree, where the reason came from (NONE,"
                    + " AUTOMATIC, OPERATOR), the PLC's fault code, the operator's comment, and the shift of its line"
                    + " it began in. Rules: DOWNTIME.md in mes-core.")
    public List<StopJson> stops(
            @Parameter(
                            description =
                                    "asset id: a station or equipment, or a line, shop, site or enterprise for every"
                                            + " asset beneath; default: the whole plant")
                    @QueryParam("asset")
                    String asset,
            @BeanParam TimeWindow window,
            @Parameter(description = "true: only stops without a reason that wait for an operator")
                    @QueryParam("awaitingClassification")
                    @DefaultValue("false")
                    boolean awaiting) {
        List<Long> ids = beneath(plant.snapshot(), asset);
        TimeWindow.Period period = window.resolve(clock, Duration.ofHours(8), Duration.ofDays(31));
        List<StoredStop> stops = downtime.stops(ids, period.start(), period.end(), awaiting);
        return json(stops);
    }

    @RolesAllowed(Role.OPERATOR_NAME)
    @GET
    @Path("/awaiting/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Server-sent events of the plant's stops awaiting a reason",
            description = "'awaiting' ({\"awaiting\": count, \"newest\": id of the newest such stop}) at once and"
                    + " whenever it changes: the stops of the last 8 hours without a reason, as GET"
                    + " /api/v1/downtime?awaitingClassification=true counts them; 'signedOut' when the sign-in is"
                    + " revoked or expired, after which the stream closes.")
    public void awaitingEvents(@Context SseEventSink sink, @Context Sse sse) {
        Identity identity = RequestIdentity.of(request)
                .orElseThrow(() -> new IllegalStateException("a request that passed @RolesAllowed has no identity"));
        awaitingStops.watch(identity, sink, sse);
    }

    @RolesAllowed(Role.OPERATOR_NAME)
    @PUT
    @Path("/{id}/reason")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Classify a stop: give it a reason of the tree",
            description = "Body: {\"reason\": \"ELECTRICAL\"}. An operator's reason wins over an automatic one and is"
                    + " never replaced by a rule. Audited.")
    public StopJson classify(@PathParam("id") StopId id, @Valid @NotNull ReasonRequest body) {
        return single(downtime.classify(id, body.reason(), Actor.of(security)));
    }

    /** A stop's reason: a code of the reason tree. */
    @Example("{\"reason\": \"ELECTRICAL\"}")
    public record ReasonRequest(
            @Text(required = true, max = TextLimits.CODE) String reason) {}

    @RolesAllowed(Role.OPERATOR_NAME)
    @PUT
    @Path("/{id}/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Comment on a stop",
            description = "Body: {\"comment\": \"cable pinched at the cell door\"}; an empty comment removes it."
                    + " Audited.")
    public StopJson comment(@PathParam("id") StopId id, @Valid @NotNull CommentRequest body) {
        return single(downtime.comment(id, body.comment(), Actor.of(security)));
    }

    /** An operator's comment on a stop; empty removes it. */
    @Example("{\"comment\": \"cable pinched at the cell door\"}")
    public record CommentRequest(
            @NotNull @Text(max = Downtime.MAX_COMMENT_LENGTH, prose = true)
            String comment) {}

    @RolesAllowed(Role.OPERATOR_NAME)
    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Split a stop in two at an instant inside it",
            description = "Body: {\"at\": \"2026-11-25T06:20:00Z\"}. Both parts keep the reason, the fault code and the"
                    + " comment. Answers both parts. Audited.")
    public List<StopJson> split(@PathParam("id") StopId id, @Valid @NotNull SplitRequest body) {
        return json(downtime.split(id, body.at(), Actor.of(security)));
    }

    /** Where to split a stop. */
    @Example("{\"at\": \"2026-11-25T06:20:00Z\"}")
    public record SplitRequest(@NotNull @PlantTime Instant at) {}

    @RolesAllowed(Role.OPERATOR_NAME)
    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Merge consecutive stops of one asset into one",
            description = "Body: {\"ids\": [41, 42]}. No other stop of the asset may lie between them, and none may"
                    + " begin more than 5 minutes after the one before ends; the time between becomes stop time. The"
                    + " merged stop keeps the earliest's id. Audited.")
    public StopJson merge(@Valid @NotNull MergeRequest body) {
        return single(downtime.merge(body.stops(), Actor.of(security)));
    }

    /** The stops to merge into one. */
    @Example("{\"ids\": [41, 42]}")
    public record MergeRequest(
            @NotNull @Bounded(min = 2, max = 1000, message = "must name two or more stops, at most 1000")
            List<@NotNull @Bounded(min = 1) Long> ids) {

        List<StopId> stops() {
            return ids.stream().map(StopId::new).toList();
        }
    }

    @GET
    @Path("/reasons")
    @Operation(
            summary =
                    "The reason tree: reasons, the mapping of PLC fault codes to them, and the automatic rules' reasons",
            description = "A document (schema taktline-reason-tree/1) that PUT takes back.")
    public String reasons() {
        return ReasonTreeDocument.write(downtime.reasons());
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Path("/reasons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the reason tree and its fault-code mapping, all or nothing",
            description = "A mistake is answered 400 with its line and field, and changes nothing. A reason that"
                    + " stops have is only removed with removeReasonsInUse=true; those stops then wait for an"
                    + " operator again. Audited.")
    public ReasonTreeReplaced replaceReasons(
            @Parameter(description = "true: remove reasons that stops have; those stops lose their reason")
                    @QueryParam("removeReasonsInUse")
                    @DefaultValue("false")
                    boolean remove,
            String document) {
        return downtime.replaceReasons(
                ReasonTreeDocument.read(new StringReader(document == null ? "" : document)),
                remove,
                Actor.of(security));
    }

    /** The ids of the asset and every asset beneath it; of every asset when none is given. */
    private static List<Long> beneath(ModelSnapshot model, String asset) {
        if (asset == null || asset.isBlank()) {
            return model.assets().stream().map(AssetView::id).toList();
        }
        long id;
        try {
            id = Long.parseLong(asset.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("query parameter asset is '" + asset
                    + "', not an asset id; give the id of a station, equipment, line, shop or the plant");
        }
        AssetView top = model.find(id);
        List<Long> ids = new ArrayList<>();
        ids.add(id);
        model.descendants(top).forEach(a -> ids.add(a.id()));
        return ids;
    }

    private StopJson single(StoredStop stop) {
        return json(List.of(stop)).get(0);
    }

    private List<StopJson> json(List<StoredStop> stops) {
        ModelSnapshot model = plant.snapshot();
        Map<Long, Long> lineOfAsset = new HashMap<>();
        for (StoredStop stop : stops) {
            model.asset(stop.assetId())
                    .flatMap(model::lineOf)
                    .ifPresent(line -> lineOfAsset.put(stop.assetId(), line.id()));
        }
        Map<StopId, String> shifts = downtime.shiftNames(stops, lineOfAsset);
        Instant now = clock.instant();
        return stops.stream()
                .map(stop -> StopJson.of(
                        stop, model.asset(stop.assetId()).orElse(null), downtime.reasons(), shifts.get(stop.id()), now))
                .toList();
    }
}
