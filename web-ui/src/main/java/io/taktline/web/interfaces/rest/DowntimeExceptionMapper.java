package io.taktline.web.interfaces.rest;

import io.taktline.core.downtime.DowntimeException;
import io.taktline.core.downtime.StopNotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change to the stops or the reason tree that cannot be made: 400 (404 for an unknown stop), with line and field of a document. */
@Provider
public class DowntimeExceptionMapper implements ExceptionMapper<DowntimeException> {

    public record Body(int status, String error, Long line, String field) {}

    @Override
    public Response toResponse(DowntimeException e) {
        Response.Status status =
                e instanceof StopNotFoundException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Body(status.getStatusCode(), e.getMessage(), e.line() == 0 ? null : e.line(), e.field()))
                .build();
    }
}
