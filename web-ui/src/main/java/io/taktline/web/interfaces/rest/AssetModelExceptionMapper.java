package io.taktline.web.interfaces.rest;

import io.taktline.core.asset.AssetModelException;
import io.taktline.core.asset.AssetNotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A model change that cannot be applied: 400 (404 for an unknown id) naming the line and field. */
@Provider
public class AssetModelExceptionMapper implements ExceptionMapper<AssetModelException> {

    public record Body(int status, String error, Long line, String field) {}

    @Override
    public Response toResponse(AssetModelException e) {
        Response.Status status =
                e instanceof AssetNotFoundException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Body(status.getStatusCode(), e.getMessage(), e.line() == 0 ? null : e.line(), e.field()))
                .build();
    }
}
