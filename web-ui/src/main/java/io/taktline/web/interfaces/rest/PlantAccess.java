package io.taktline.web.interfaces.rest;

import io.taktline.core.asset.AssetModel;
import io.taktline.db.historian.SampleQueries;
import io.taktline.web.plant.PlantLifecycle;
import io.taktline.web.plant.PlantRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the resources read, or a 503 that says why it is not there yet. */
@ApplicationScoped
class PlantAccess {

    @Inject
    PlantLifecycle plant;

    PlantRuntime runtime() {
        return plant.runtime()
                .orElseThrow(() -> ApiProblem.unavailable("Taktline is not started: "
                        + plant.configurationProblem().orElse("still starting")));
    }

    AssetModel assetModel() {
        PlantRuntime runtime = runtime();
        return runtime.assetModel().orElseThrow(() -> unavailable(runtime));
    }

    SampleQueries samples() {
        PlantRuntime runtime = runtime();
        return runtime.sampleQueries().orElseThrow(() -> unavailable(runtime));
    }

    private static ApiProblem unavailable(PlantRuntime runtime) {
        return ApiProblem.unavailable(
                "the database is not available: " + runtime.databaseProblem().orElse("still opening"));
    }
}
