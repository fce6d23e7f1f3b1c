package io.taktline.web.interfaces.health;

import io.taktline.web.plant.PlantLifecycle;
import io.taktline.web.plant.PlantRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Up when the database answers; down with the reason (and what to do) when it does not. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject
    PlantLifecycle plant;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        PlantRuntime runtime = plant.runtime().orElse(null);
        if (runtime == null) {
            return response.down()
                    .withData("problem", plant.configurationProblem().orElse("not started"))
                    .build();
        }
        return runtime.database()
                .map(db -> db.isHealthy()
                        ? response.up()
                                .withData("database", db.description())
                                .withData(
                                        "storage",
                                        db.capabilities().timescaleDb()
                                                ? "TimescaleDB hypertable"
                                                : "PostgreSQL daily range partitions")
                        : response.down()
                                .withData("database", db.description())
                                .withData("problem", "the database does not answer"))
                .orElseGet(() -> response.down()
                        .withData("problem", runtime.databaseProblem().orElse("not open")))
                .build();
    }
}
