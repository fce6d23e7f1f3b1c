package io.taktline.web.interfaces.rest;

import io.taktline.core.asset.AssetNotFoundException;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.oee.AssetKpis;
import io.taktline.web.plant.PlantRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** ISO 22400 KPIs of an asset over a period, from its stored states and counted parts. */
@Path("/kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    /** The asset attribute that gives its ideal cycle time in seconds (PRI), for effectiveness and OEE. */
    static final String IDEAL_CYCLE_TIME = "idealCycleTimeSeconds";

    @Inject
    PlantAccess plant;

    @GET
    @Operation(
            summary = "Availability, effectiveness, quality ratio, OEE and the other ISO 22400-2 KPIs of one asset"
                    + " with a STATE tag, and the time elements and counts behind them",
            description = "Effectiveness and OEE need the asset's ideal cycle time: the attribute '" + IDEAL_CYCLE_TIME
                    + "'. Without it they are null, not 0. Formulas: KPIS.md in mes-core.")
    public AssetKpis.Report kpis(
            @Parameter(description = "asset id (an equipment or a station with a STATE tag)") @QueryParam("asset")
                    Long asset,
            @Parameter(description = "ISO-8601 instant; default: 8 hours before 'to'") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant; default: now") @QueryParam("to") String to)
            throws Exception {
        if (asset == null) {
            throw ApiProblem.badRequest("query parameter asset is missing; give the id of an equipment or a station");
        }
        PlantRuntime runtime = plant.runtime();
        AssetView view = plant.assetModel()
                .asset(asset)
                .orElseThrow(() -> new AssetNotFoundException("no asset with id " + asset));
        boolean hasState =
                runtime.model().tags().stream().anyMatch(t -> t.assetId() == asset && t.role() == TagRole.STATE);
        if (!hasState) {
            throw ApiProblem.badRequest(
                    "asset '" + view.path() + "' has no STATE tag, so its time cannot be split;"
                            + " ask for one of its stations or equipment (line and shop roll-ups come with the shift calendar)");
        }
        Instant end = to == null || to.isBlank() ? Instant.now() : instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofHours(8)) : instant("from", from);
        if (!start.isBefore(end)) {
            throw ApiProblem.badRequest("query parameter from (" + start + ") is not before to (" + end + ")");
        }
        String ideal = plant.assetModel().attributes(asset).get(IDEAL_CYCLE_TIME);
        Duration idealCycleTime;
        try {
            idealCycleTime = ideal == null ? null : Duration.ofMillis(Math.round(Double.parseDouble(ideal) * 1000));
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("asset '" + view.path() + "' has attribute " + IDEAL_CYCLE_TIME + " = '" + ideal
                    + "', not a number of seconds; fix it in the asset model");
        }
        return runtime.kpis()
                .orElseThrow(() -> ApiProblem.unavailable("the database is not available"))
                .of(asset, start, end, idealCycleTime);
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
