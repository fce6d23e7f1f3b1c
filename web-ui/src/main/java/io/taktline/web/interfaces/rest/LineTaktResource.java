package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.takt.LineTakt;
import io.taktline.web.plant.PlantModel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Where a line stands against its plan at a moment of its shift. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/lines/{id}/takt")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LineTaktResource {

    @Inject
    Clock clock;

    @Inject
    PlantModel plant;

    @Inject
    LineTakt takt;

    @GET
    @Operation(
            summary = "The line's takt, planned count, should-be count, actual count, adherence and gap at a moment",
            description = "takt = net available time of the shift ÷ its demand; shouldBe = ⌊net time elapsed since the"
                    + " shift's start (breaks excluded) ÷ takt⌋, at most planned; actual = parts counted in the shift"
                    + " up to 'at' by the line's last station (its WORK_CELL with the highest order that has a"
                    + " PART_COUNTER tag: countingStation); adherence = actual ÷ shouldBe (1.0 while shouldBe is 0);"
                    + " gap = actual − shouldBe. Formulas: TAKT.md in mes-core.")
    @APIResponse(
            responseCode = "200",
            description = "Outside any shift: 200 with shift null, every figure null and 'message' saying when the"
                    + " next shift starts. A shift without a plan: takt, planned, shouldBe, adherence and gap null and"
                    + " 'message' says to plan it. A line without a counting station: actual, adherence and gap null.")
    @APIResponse(responseCode = "400", description = "the asset is not a LINE, or 'at' is not an ISO-8601 instant")
    @APIResponse(responseCode = "404", description = "no asset with that id")
    public JsonObject takt(
            @PathParam("id") long lineId,
            @Parameter(description = "ISO-8601 instant; default: now") @QueryParam("at") Instant at)
            throws Exception {
        Instant moment = at != null ? at : clock.instant();
        ModelSnapshot model = plant.snapshot();
        AssetView line = model.find(lineId);
        if (line.level() != AssetLevel.LINE) {
            throw ApiProblem.badRequest("asset " + lineId + " (" + line.path() + ") is a " + line.level()
                    + ", not a LINE; takt is kept per line: give the id of a line (GET /api/v1/assets?level=LINE)");
        }
        Optional<AssetView> station = LineTakt.countingStation(line, model.assets(), model.tags());
        return json(takt.at(line, station, moment));
    }

    private static JsonObject json(LineTakt.Report report) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("lineId", report.lineId())
                .add("line", report.linePath())
                .add("at", report.at().toString());
        if (report.shift() == null) {
            json.add("shift", JsonValue.NULL);
        } else {
            LineTakt.ShiftRef shift = report.shift();
            json.add(
                    "shift",
                    Json.createObjectBuilder()
                            .add("id", shift.id())
                            .add("name", shift.name())
                            .add("crew", shift.crew() == null ? JsonValue.NULL : Json.createValue(shift.crew()))
                            .add("start", shift.start().toString())
                            .add("end", shift.end().toString())
                            .add("overtime", shift.overtime())
                            .add("netAvailableSeconds", shift.netAvailableSeconds()));
        }
        if (report.countingStation() == null) {
            json.add("countingStation", JsonValue.NULL);
        } else {
            json.add(
                    "countingStation",
                    Json.createObjectBuilder()
                            .add("id", report.countingStation().id())
                            .add("path", report.countingStation().path()));
        }
        return json.add("taktSeconds", number(report.taktSeconds()))
                .add("planned", number(report.planned()))
                .add("netElapsedSeconds", number(report.netElapsedSeconds()))
                .add("shouldBe", number(report.shouldBe()))
                .add("actual", number(report.actual()))
                .add("adherence", number(report.adherence()))
                .add("gap", number(report.gap()))
                .add("message", report.message() == null ? JsonValue.NULL : Json.createValue(report.message()))
                .build();
    }

    private static JsonValue number(Number value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        return value instanceof Double d ? Json.createValue(d) : Json.createValue(value.longValue());
    }
}
