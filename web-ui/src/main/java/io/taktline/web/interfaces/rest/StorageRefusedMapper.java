package io.taktline.web.interfaces.rest;

import io.taktline.core.storage.StorageRefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The database refused a value of the request: 400 (409 for a broken rule of the schema); nothing was stored. */
@Provider
public class StorageRefusedMapper implements ExceptionMapper<StorageRefusedException> {

    @Override
    public Response toResponse(StorageRefusedException e) {
        Response.Status status = e.conflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiProblem.Body(
                        status.getStatusCode(),
                        "the database refused the request, and stored none of it: " + e.getMessage()
                                + "; correct the value and send it again"))
                .build();
    }
}
