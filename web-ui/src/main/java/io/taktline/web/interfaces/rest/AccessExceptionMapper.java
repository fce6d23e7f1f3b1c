package io.taktline.web.interfaces.rest;

import io.taktline.core.access.AccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change to users or tokens that cannot be made: 400, 404 or 409 with what to do. */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<AccessException> {

    @Override
    public Response toResponse(AccessException e) {
        int status =
                switch (e.kind()) {
                    case INVALID -> 400;
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiProblem.Body(status, e.getMessage()))
                .build();
    }
}
