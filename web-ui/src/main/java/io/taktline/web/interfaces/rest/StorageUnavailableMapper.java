package io.taktline.web.interfaces.rest;

import io.taktline.core.storage.StorageRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A database that refused or could not be reached during a request: 503 with the cause, never
 * Payara's HTML page. A connection failure (SQLState class 08) names why the database is not
 * available; a value the database cannot hold (class 22) or a broken constraint (23) is the
 * request's: 400 or 409; anything else is logged, and the answer says to try again.
 */
@Provider
public class StorageUnavailableMapper implements ExceptionMapper<SQLException> {

    private static final Logger LOG = Logger.getLogger(StorageUnavailableMapper.class.getName());

    @Override
    public Response toResponse(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("08")) {
            return ApiProblem.unavailable(e.getMessage()).getResponse();
        }
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            return new StorageRefusedMapper()
                    .toResponse(new StorageRefusedException(
                            StorageRefusedException.firstLine(e.getMessage()), state.startsWith("23"), e));
        }
        LOG.log(Level.WARNING, "a request failed in the database", e);
        return ApiProblem.unavailable("the database could not complete the request (SQLState " + state
                        + "); try again, and see the log if it persists")
                .getResponse();
    }
}
