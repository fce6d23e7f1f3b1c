package io.taktline.web.interfaces.rest;

import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.web.interfaces.board.BoardScreens;
import io.taktline.web.interfaces.board.LineBoardSnapshot;
import io.taktline.web.interfaces.board.LineBoards;
import io.taktline.web.interfaces.security.RequestIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A line's andon board: what it shows now, and the stream that pushes it to the screen above the line. */
@RolesAllowed(Role.BOARD_NAME)
@Path("/lines/{id}/board")
@RequestScoped
public class LineBoardResource {

    @Inject
    LineBoards boards;

    @Inject
    BoardScreens screens;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The line's andon board now: each station's state and signal colour, the running shift, the"
                    + " takt clock, planned / should-be / actual count and the gap, the stops still running",
            description = "Station 'signal': RUNNING (green), PLANNED (amber: planned stop, changeover), STOPPED (red:"
                    + " down), WAITING (blue: starved, blocked, idle), NO_DATA (grey). Clock times are in the plant's"
                    + " time zone ('zone'), instants in epoch milliseconds. 'problem' says why figures are missing:"
                    + " NO_SHIFT, NO_PLAN, NO_COUNTER or DATABASE.")
    @APIResponse(responseCode = "400", description = "the asset is not a LINE")
    @APIResponse(responseCode = "404", description = "no asset with that id")
    public LineBoardSnapshot board(@PathParam("id") long lineId) {
        return line(lineId);
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Server-sent events of the line's andon board",
            description = "'snapshot' (the board, as GET .../board) at once and every second; 'station' (one station's"
                    + " tile) the moment its state changes; 'signedOut' when the screen's sign-in is revoked or expired,"
                    + " and 'gone' when the line is removed from the model, after which the stream closes.")
    @APIResponse(responseCode = "400", description = "the asset is not a LINE")
    @APIResponse(responseCode = "404", description = "no asset with that id")
    public void events(@PathParam("id") long lineId, @Context SseEventSink sink, @Context Sse sse) {
        LineBoardSnapshot first = line(lineId);
        Identity identity = RequestIdentity.of(request)
                .orElseThrow(() -> new IllegalStateException("a request that passed @RolesAllowed has no identity"));
        screens.watch(lineId, first, identity, sink, sse);
    }

    private LineBoardSnapshot line(long lineId) {
        return boards.snapshot(lineId)
                .orElseThrow(() -> ApiProblem.badRequest("asset " + lineId + " is not a LINE; an andon board is kept"
                        + " per line: give the id of a line (GET /api/v1/assets?level=LINE)"));
    }
}
