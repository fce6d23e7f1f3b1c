package io.taktline.web.interfaces.rest;

import io.taktline.core.storage.StorageRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;

/** A JDBC failure that reached a resource untranslated: answered as the storage failure it is. */
@Provider
public class SqlFailureMapper implements ExceptionMapper<SQLException> {

    @Override
    public Response toResponse(SQLException e) {
        return new StorageFailureMapper().toResponse(StorageRefusedException.of(e));
    }
}
