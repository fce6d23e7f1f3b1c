package io.taktline.web.interfaces.health;

import io.taktline.db.historian.HistorianHealth;
import io.taktline.db.historian.HistorianStats;
import io.taktline.db.historian.HistorianWriter;
import io.taktline.web.plant.PlantHistorian;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Up while the historian keeps every sample; down (with what to do) when samples are lost or about to be. */
@Readiness
@ApplicationScoped
public class HistorianHealthCheck implements HealthCheck {

    @Inject
    PlantHistorian historian;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("historian");
        HistorianWriter writer = historian.writer().orElse(null);
        if (writer == null) {
            return response.down()
                    .withData("problem", "not started: the database is not available")
                    .build();
        }
        HistorianHealth health = writer.health();
        HistorianStats stats = writer.stats();
        return response.status(health.up())
                .withData("detail", health.detail())
                .withData("queued", stats.queued())
                .withData("written", stats.written())
                .withData("dropped", stats.dropped())
                .withData("spoolBytes", stats.spoolBytes())
                .withData("spooling", stats.spooling())
                .build();
    }
}
