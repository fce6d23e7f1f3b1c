package io.taktline.web.interfaces.rest;

import io.taktline.core.andon.AndonException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An andon request that cannot be done: 400, 404 for an unknown call, 409 for a call in the wrong state. */
@Provider
public class AndonExceptionMapper implements ExceptionMapper<AndonException> {

    @Override
    public Response toResponse(AndonException e) {
        Response.Status status =
                switch (e.kind()) {
                    case INVALID -> Response.Status.BAD_REQUEST;
                    case NOT_FOUND -> Response.Status.NOT_FOUND;
                    case CONFLICT -> Response.Status.CONFLICT;
                };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiProblem.Body(status.getStatusCode(), e.getMessage()))
                .build();
    }
}
