package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Role;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.oee.UnitKpis;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** ISO 22400 KPIs of an asset over a period, from its stored states and counted parts. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    /** The longest period one request may ask about. */
    static final Duration LONGEST = Duration.ofDays(366);

    @Inject
    UnitKpis kpis;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary = "Availability, effectiveness, quality ratio, OEE and the other ISO 22400-2 KPIs of an asset,"
                    + " with the time elements and counts behind them",
            description = "An equipment or a station with a STATE tag: from its own states and counters. A line, shop,"
                    + " site or enterprise: from the sums of the time elements and counts of the stations beneath"
                    + " it (KPIS.md, 'Rolling up'). Effectiveness and OEE need each unit's ideal cycle time, the"
                    + " attribute '" + UnitKpis.IDEAL_CYCLE_TIME + "'; without it they are null, not 0.")
    public AssetKpis.Report kpis(
            @Parameter(description = "asset id: an equipment, station, line, shop, site or enterprise")
                    @QueryParam("asset")
                    Long asset,
            @BeanParam TimeWindow window)
            throws Exception {
        if (asset == null) {
            throw ApiProblem.badRequest(
                    "query parameter asset is missing; give the id of an equipment, station, line, shop or plant");
        }
        TimeWindow.Period period = window.resolve(clock, Duration.ofHours(8), LONGEST);
        try {
            return kpis.of(asset, period.start(), period.end());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    @GET
    @Path("/periods")
    @Operation(
            summary = "The same KPIs per shift, day or week of a period",
            description = "per=shift: the shifts of the asset's line's calendar (for a shop or the plant, of its first"
                    + " line with a calendar); per=day and per=week: days and ISO weeks in that calendar's time zone"
                    + " (UTC without one). The first and last period are cut at from and to.")
    public List<UnitKpis.Period> periods(
            @Parameter(description = "asset id: an equipment, station, line, shop, site or enterprise")
                    @QueryParam("asset")
                    Long asset,
            @Parameter(description = "shift, day or week") @QueryParam("per") String per,
            @BeanParam TimeWindow window)
            throws Exception {
        if (asset == null) {
            throw ApiProblem.badRequest(
                    "query parameter asset is missing; give the id of an equipment, station, line, shop or plant");
        }
        UnitKpis.Per granularity;
        try {
            granularity = UnitKpis.Per.valueOf(per == null ? "" : per.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("query parameter per is '" + per + "'; give shift, day or week");
        }
        TimeWindow.Period period = window.resolve(clock, Duration.ofDays(7), LONGEST);
        try {
            return kpis.per(asset, granularity, period.start(), period.end());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }
}
