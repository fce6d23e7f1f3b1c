package io.taktline.web.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request JAX-RS itself refused (no such path, a method the path does not take, a body type it
 * cannot read) or an {@link ApiProblem}: always the API's JSON problem, never the server's HTML page.
 */
@Provider
public class RequestRefusedMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response refused = e.getResponse();
        if (refused.hasEntity()) {
            return refused;
        }
        int status = refused.getStatus();
        String where = request.getMethod() + " " + uri.getRequestUri().getRawPath();
        String message =
                switch (status) {
                    case 404 -> "there is nothing at " + where + "; the API's paths are listed at /openapi";
                    case 405 -> where + " is not answered; the methods this path takes are listed at /openapi";
                    case 406 -> where + " answers application/json; accept that";
                    case 415 -> where + " takes a body of type application/json; send it with that Content-Type";
                    case 400 ->
                        e.getCause() instanceof NoContentException
                                ? emptyBody()
                                : where + ": the request cannot be read (" + e.getMessage() + ")";
                    default -> where + ": " + refused.getStatusInfo().getReasonPhrase();
                };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiProblem.Body(status, message))
                .build();
    }

    private String emptyBody() {
        String example = InvalidRequestMapper.example(resource.getResourceMethod());
        return "the body is empty; send "
                + (example == null ? "what the endpoint's description at /openapi shows" : example);
    }
}
