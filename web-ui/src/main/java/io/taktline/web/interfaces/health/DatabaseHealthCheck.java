package io.taktline.web.interfaces.health;

import io.taktline.web.plant.PlantDatabase;
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
    PlantDatabase database;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        return database.database()
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
                .orElseGet(() ->
                        response.down().withData("problem", database.problem().orElse("not open")))
                .build();
    }
}
