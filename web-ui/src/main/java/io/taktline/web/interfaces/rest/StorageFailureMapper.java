package io.taktline.web.interfaces.rest;

import io.taktline.core.storage.StorageException;
import io.taktline.core.storage.StorageRefusedException;
import io.taktline.core.storage.StorageUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the database answered a request that it did not complete; nothing of the request was stored.
 * Not reachable: 503 naming why. A value it cannot hold: 400; a broken rule of the schema: 409.
 * Anything else: 503 to try again, logged.
 */
@Provider
public class StorageFailureMapper implements ExceptionMapper<StorageException> {

    private static final Logger LOG = Logger.getLogger(StorageFailureMapper.class.getName());

    @Override
    public Response toResponse(StorageException e) {
        if (e instanceof StorageUnavailableException) {
            return ApiProblem.unavailable(e.getMessage()).getResponse();
        }
        if (e instanceof StorageRefusedException refused) {
            Response.Status status = refused.conflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiProblem.Body(
                            status.getStatusCode(),
                            "the database refused the request, and stored none of it: " + e.getMessage()
                                    + "; correct the value and send it again"))
                    .build();
        }
        LOG.log(Level.WARNING, "a request failed in the database", e);
        return ApiProblem.unavailable(e.getMessage()).getResponse();
    }
}
