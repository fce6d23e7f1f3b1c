package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.asset.TagRole;
import io.taktline.core.takt.Cycles;
import io.taktline.core.takt.LineBalance;
import io.taktline.core.takt.LineBalancing;
import io.taktline.core.takt.Takt;
import io.taktline.web.plant.PlantModel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Cycles from the part counters, and how a line's stations balance against its takt. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    /** A station's cycles in a period and their figures. */
    public record StationCycles(long assetId, String path, List<Cycles.Cycle> cycles) {}

    /**
     * @param bottleneckBySlowestCycle the station with the longest mean cycle time
     * @param bottleneckByActivePeriod the station least often starved or blocked (active period method)
     */
    public record Balance(
            long lineId,
            String line,
            Instant from,
            Instant to,
            double taktSeconds,
            List<LineBalance.Station> stations,
            String bottleneckBySlowestCycle,
            String bottleneckByActivePeriod) {}

    /** The longest period one request may ask about. */
    static final Duration LONGEST = Duration.ofDays(31);

    @Inject
    PlantModel plant;

    @Inject
    LineBalancing balancing;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary = "A station's cycles: each counted part ends one, timed only when the station ran throughout",
            description = "Rules: Cycles in mes-core (a cycle starts when the one before ended or the station last"
                    + " started running).")
    public StationCycles cycles(
            @Parameter(description = "id of a station or equipment with a PART_COUNTER tag") @QueryParam("asset")
                    Long asset,
            @BeanParam TimeWindow window) {
        if (asset == null) {
            throw ApiProblem.badRequest("query parameter asset is missing; give the id of a station");
        }
        ModelSnapshot model = plant.snapshot();
        AssetView view = model.find(asset);
        if (model.tagsOf(view).stream().noneMatch(t -> t.role() == TagRole.PART_COUNTER)) {
            throw ApiProblem.badRequest("asset '" + view.path() + "' has no PART_COUNTER tag, so it counts no cycles;"
                    + " ask for one of its stations");
        }
        TimeWindow.Period period = window.resolve(clock, Duration.ofHours(1), LONGEST);
        Instant start = period.start();
        Instant end = period.end();
        return new StationCycles(asset, view.path(), balancing.cycles(asset, start, end));
    }

    @GET
    @Path("/balance")
    @Operation(
            summary = "Line balance: mean and spread of each station's cycle time against takt, and the bottleneck",
            description = "Takt is the line's takt in the shift running at 'from' unless given. The bottleneck is"
                    + " given two ways: by the slowest mean cycle, and by the active period method (the station"
                    + " producing, in setup or down for the largest share of its time).")
    public Balance balance(
            @Parameter(description = "id of a line") @QueryParam("line") Long line,
            @BeanParam TimeWindow window,
            @Parameter(description = "takt in seconds; default: the line's takt from its plan") @QueryParam("takt")
                    Double taktSeconds) {
        if (line == null) {
            throw ApiProblem.badRequest("query parameter line is missing; give the id of a line");
        }
        ModelSnapshot model = plant.snapshot();
        AssetView view = model.find(line);
        TimeWindow.Period period = window.resolve(clock, Duration.ofHours(1), LONGEST);
        Instant start = period.start();
        Instant end = period.end();
        LineBalancing.Result result;
        try {
            result = balancing.of(model, view, start, end, given(taktSeconds));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        LineBalance balance = result.balance();
        return new Balance(
                line,
                view.path(),
                start,
                end,
                balance.takt().seconds(),
                balance.stations(),
                balance.slowest().map(LineBalance.Station::station).orElse(null),
                result.bottleneckByActivePeriod().orElse(null));
    }

    private static Optional<Takt> given(Double seconds) {
        if (seconds == null) {
            return Optional.empty();
        }
        if (!(seconds > 0) || seconds.isInfinite()) {
            throw ApiProblem.badRequest("query parameter takt is " + seconds + "; give a positive number of seconds");
        }
        return Optional.of(new Takt(Duration.ofNanos(Math.round(seconds * 1e9))));
    }
}
