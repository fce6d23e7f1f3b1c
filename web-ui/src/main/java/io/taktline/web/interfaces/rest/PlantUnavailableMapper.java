package io.taktline.web.interfaces.rest;

import io.taktline.web.plant.PlantUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one answer while the plant cannot serve (settings that do not parse, the database not open): 503. */
@Provider
public class PlantUnavailableMapper implements ExceptionMapper<PlantUnavailableException> {

    @Override
    public Response toResponse(PlantUnavailableException e) {
        return ApiProblem.unavailable(e.getMessage()).getResponse();
    }
}
