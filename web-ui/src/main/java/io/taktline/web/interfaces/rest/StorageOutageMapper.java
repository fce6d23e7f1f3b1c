package io.taktline.web.interfaces.rest;

import io.taktline.core.storage.StorageUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service that could not reach the database during a request: 503 naming why, never a 500. */
@Provider
public class StorageOutageMapper implements ExceptionMapper<StorageUnavailableException> {

    @Override
    public Response toResponse(StorageUnavailableException e) {
        return ApiProblem.unavailable(e.getMessage()).getResponse();
    }
}
