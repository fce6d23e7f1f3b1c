package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Role;
import io.taktline.core.document.TextLimits;
import io.taktline.core.shift.LineCalendar;
import io.taktline.core.shift.LineCalendarJson;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftPlanning;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A line's shift calendar, its stored shifts, overtime and production plan. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/lines/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LineShiftResource {

    /** The longest period one request lists shifts for. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(93);

    @Inject
    Clock clock;

    @Inject
    ShiftPlanning planning;

    @Context
    SecurityContext security;

    @GET
    @Path("/calendar")
    @Operation(
            summary = "The line's shift calendar: shifts with start, length, breaks and standard demand; working days;"
                    + " crews rotating weekly; time zone; non-production days")
    @APIResponse(responseCode = "404", description = "the line has no calendar yet, or no such asset")
    @APIResponse(responseCode = "400", description = "the asset is not a LINE")
    public JsonObject calendar(@PathParam("id") long lineId) {
        LineCalendar calendar = planning.calendar(lineId)
                .orElseThrow(() -> ApiProblem.notFound("line " + lineId + " has no shift calendar yet; give it one with"
                        + " PUT /api/v1/lines/" + lineId + "/calendar"));
        return json(calendar);
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Path("/calendar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give the line a shift calendar, or a new one",
            description = "Body: {\"name\": \"two shifts\", \"zone\": \"Europe/Berlin\", \"workingDays\": [\"MONDAY\","
                    + " ...], \"crews\": [\"A\", \"B\"], \"rotationStart\": \"2026-01-05\", \"shifts\": [{\"name\": \"EARLY\","
                    + " \"start\": \"06:00\", \"lengthMinutes\": 480, \"demand\": 420, \"breaks\": [{\"name\": \"breakfast\","
                    + " \"afterMinutes\": 120, \"lengthMinutes\": 15}]}], \"nonProductionDays\": [\"2026-12-24\"]}. A line's"
                    + " first calendar stores its shifts from 7 days back to 14 days ahead; a new one replaces the"
                    + " calendar's shifts that have not started (with their plans; the audit trail keeps them) and"
                    + " leaves started shifts and overtime alone. The answer lists what changed and which of the"
                    + " calendar's shifts were left out because they would overlap a shift that stays.")
    @APIResponse(responseCode = "400", description = "the calendar cannot be read or worked; the error names the field")
    public JsonObject putCalendar(@PathParam("id") long lineId, String body) {
        LineCalendar calendar = LineCalendarJson.read(body);
        ShiftPlanning.CalendarChange change = planning.putCalendar(lineId, calendar, Actor.of(security));
        return ShiftJson.change(json(change.calendar()), change.diff());
    }

    @GET
    @Path("/shifts")
    @Operation(
            summary = "The line's stored shifts that overlap [from, to), with breaks, crew, demand and takt",
            description = "At most 93 days at a time.")
    public JsonArray shifts(
            @PathParam("id") long lineId,
            @Parameter(description = "ISO-8601 instant; default: 24 hours ago") @QueryParam("from") Instant from,
            @Parameter(description = "ISO-8601 instant; default: 7 days after 'from'") @QueryParam("to") Instant to) {
        return ShiftJson.shifts(scheduled(lineId, from, to));
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @POST
    @Path("/overtime")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add an overtime shift to the line",
            description = "Body: {\"name\": \"SATURDAY EARLY\", \"crew\": \"A\", \"start\": \"2026-11-28T06:00:00Z\","
                    + " \"end\": \"2026-11-28T12:00:00Z\", \"breaks\": [{\"start\": \"2026-11-28T08:00:00Z\", \"end\":"
                    + " \"2026-11-28T08:15:00Z\"}], \"demand\": 200}; crew, breaks and demand may be left out.")
    @APIResponse(responseCode = "201", description = "the overtime shift as stored")
    @APIResponse(
            responseCode = "409",
            description = "it overlaps another shift of the line (stored, or still to come from the calendar);"
                    + " 'clashingShift' is that shift")
    public Response addOvertime(@PathParam("id") long lineId, @Valid @NotNull OvertimeRequest body) {
        ScheduledShift added = planning.addOvertime(lineId, body.overtime(), Actor.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(ShiftJson.shift(added))
                .build();
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @DELETE
    @Path("/shifts/{shiftId}")
    @Operation(summary = "Cancel an overtime shift that has not started")
    @APIResponse(responseCode = "409", description = "the shift is a calendar shift, or has started")
    public Response cancelOvertime(@PathParam("id") long lineId, @PathParam("shiftId") long shiftId) {
        planning.cancelOvertime(lineId, shiftId, Actor.of(security));
        return Response.noContent().build();
    }

    @GET
    @Path("/plan")
    @Operation(
            summary = "The line's production plan: demand per shift overlapping [from, to), and the takt it gives",
            description = "standardDemand is true where the demand is the calendar's standard demand for the shift,"
                    + " false where a planner set it.")
    public JsonArray plan(
            @PathParam("id") long lineId,
            @Parameter(description = "ISO-8601 instant; default: 24 hours ago") @QueryParam("from") Instant from,
            @Parameter(description = "ISO-8601 instant; default: 7 days after 'from'") @QueryParam("to") Instant to) {
        JsonArrayBuilder plan = Json.createArrayBuilder();
        scheduled(lineId, from, to).forEach(s -> plan.add(ShiftJson.planEntry(s)));
        return plan.build();
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Path("/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the demand of shifts of the line",
            description =
                    "Body: [{\"shiftId\": 12, \"demand\": 400}, {\"shiftId\": 13, \"demand\": null}]; null removes"
                            + " a shift's plan. All or nothing: one unknown shift or bad demand and nothing changes.")
    @APIResponse(
            responseCode = "400",
            description = "a shift that is not the line's, or a demand that is not 1 to 1000000")
    public JsonArray putPlan(@PathParam("id") long lineId, String body) {
        JsonArrayBuilder plan = Json.createArrayBuilder();
        planning.putPlan(lineId, ShiftJson.plan(body), Actor.of(security))
                .forEach(s -> plan.add(ShiftJson.planEntry(s)));
        return plan.build();
    }

    /** The schedule looks ahead: from defaults to a day ago, to to a week after from. */
    private List<ScheduledShift> scheduled(long lineId, Instant from, Instant to) {
        Instant start = from != null ? from : clock.instant().minus(Duration.ofHours(24));
        Instant end = to != null ? to : start.plus(Duration.ofDays(7));
        if (!start.isBefore(end)) {
            throw ApiProblem.badRequest("query parameter from (" + start + ") is not before to (" + end + ")");
        }
        if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
            throw ApiProblem.badRequest("from " + start + " to " + end + " is longer than " + LONGEST_PERIOD.toDays()
                    + " days; ask for a shorter period");
        }
        return planning.scheduled(lineId, start, end);
    }

    private static JsonObject json(LineCalendar calendar) {
        return Json.createReader(new StringReader(LineCalendarJson.write(calendar)))
                .readObject();
    }

    /** An overtime shift; what is missing or does not make a shift is said by {@link ShiftPlanning}. */
    @Example("{\"name\": \"SATURDAY EARLY\", \"crew\": \"A\", \"start\": \"2026-11-28T06:00:00Z\", \"end\":"
            + " \"2026-11-28T12:00:00Z\", \"breaks\": [{\"start\": \"2026-11-28T08:00:00Z\", \"end\":"
            + " \"2026-11-28T08:15:00Z\"}], \"demand\": 200}")
    public record OvertimeRequest(
            @Text(max = TextLimits.NAME) String name,
            @Text(max = TextLimits.CODE) String crew,
            @PlantTime Instant start,
            @PlantTime Instant end,
            @Bounded(max = 20) List<@Valid @NotNull Pause> breaks,
            @Bounded(min = 1, max = 1_000_000) Integer demand) {

        ShiftPlanning.Overtime overtime() {
            List<Shift.Interval> pauses = breaks == null
                    ? List.of()
                    : breaks.stream()
                            .map(pause -> new Shift.Interval(pause.start(), pause.end()))
                            .toList();
            return new ShiftPlanning.Overtime(name, crew, start, end, pauses, demand);
        }
    }

    /** A break of an overtime shift. */
    public record Pause(
            @NotNull @PlantTime Instant start,
            @NotNull @PlantTime Instant end) {}
}
