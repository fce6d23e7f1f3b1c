package io.taktline.web.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or nested deeper than the JSON reader takes: 400 saying so. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        return ApiProblem.badRequest("the body is not JSON this API can read ("
                        + (reason.length() > 200 ? reason.substring(0, 200) + "…" : reason)
                        + "); send well-formed JSON, as the endpoint's description at /openapi shows")
                .getResponse();
    }
}
