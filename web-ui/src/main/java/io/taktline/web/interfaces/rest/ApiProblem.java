package io.taktline.web.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An API answer that is not a success, with a message that says what was wrong and what to do. */
public final class ApiProblem extends WebApplicationException {

    public record Body(int status, String error) {}

    private ApiProblem(Response.Status status, String message) {
        super(
                message,
                Response.status(status)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(new Body(status.getStatusCode(), message))
                        .build());
    }

    public static ApiProblem badRequest(String message) {
        return new ApiProblem(Response.Status.BAD_REQUEST, message);
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(Response.Status.NOT_FOUND, message);
    }

    public static ApiProblem unavailable(String message) {
        return new ApiProblem(Response.Status.SERVICE_UNAVAILABLE, message);
    }
}
