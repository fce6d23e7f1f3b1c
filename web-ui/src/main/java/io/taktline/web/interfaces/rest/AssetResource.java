package io.taktline.web.interfaces.rest;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    @Inject
    PlantAccess plant;

    @GET
    @Operation(summary = "Assets of the ISA-95 model, ordered by path; all levels, or one")
    public List<AssetView> assets(
            @Parameter(description = "ENTERPRISE, SITE, AREA (a shop), LINE, WORK_CELL (a station) or EQUIPMENT")
                    @QueryParam("level")
                    String level) {
        if (level == null || level.isBlank()) {
            return plant.assetModel().assets();
        }
        AssetLevel parsed;
        try {
            parsed = AssetLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("query parameter level: " + e.getMessage());
        }
        return plant.assetModel().assets(parsed);
    }
}
