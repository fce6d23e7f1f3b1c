package io.taktline.web.interfaces.rest;

import io.taktline.core.shift.ShiftClashException;
import io.taktline.core.shift.ShiftPlanningException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A calendar, overtime or plan change that cannot be made: 400 for bad input, 404 for an unknown
 * line or shift, 409 when it clashes with what is stored; with 'clashingShift' for an overlap.
 */
@Provider
public class ShiftPlanningExceptionMapper implements ExceptionMapper<ShiftPlanningException> {

    @Override
    public Response toResponse(ShiftPlanningException e) {
        Response.Status status =
                switch (e.problem()) {
                    case BAD_INPUT -> Response.Status.BAD_REQUEST;
                    case NOT_FOUND -> Response.Status.NOT_FOUND;
                    case CONFLICT -> Response.Status.CONFLICT;
                };
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("status", status.getStatusCode()).add("error", e.getMessage());
        if (e instanceof ShiftClashException clash && clash.clashing() != null) {
            body.add("clashingShift", ShiftJson.shift(clash.clashing()));
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body.build())
                .build();
    }
}
