package io.taktline.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What no other mapper answers is a fault of Taktline's, not of the request: logged in full under
 * an incident id, answered as the API's JSON problem with that id, never with a stack trace, SQL or
 * the server's HTML page.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident + ": a request failed unexpectedly", e);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                .entity(new ApiProblem.Body(
                        500,
                        "Taktline could not answer this request (incident " + incident
                                + "); check whether what it asked for was done before trying again, and give your administrator"
                                + " the incident id: the log has the details"))
                .build();
    }
}
