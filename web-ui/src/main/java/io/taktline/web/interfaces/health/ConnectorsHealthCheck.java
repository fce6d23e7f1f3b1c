package io.taktline.web.interfaces.health;

import io.taktline.connect.ConnectionState;
import io.taktline.connect.ConnectorStatus;
import io.taktline.web.plant.PlantConnectors;
import io.taktline.web.plant.PlantSimulation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * One entry per OPC UA connector with its state and, when it is not connected, the cause. Down
 * when any connector is not connected, or when there are none because the model could not load.
 *
 * <p>MicroProfile Health gives one response per check bean, and connectors come and go with the
 * asset model, so each connector is an entry of this check's data rather than a bean of its own.
 */
@Readiness
@ApplicationScoped
public class ConnectorsHealthCheck implements HealthCheck {

    @Inject
    PlantConnectors connectors;

    @Inject
    PlantSimulation simulation;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("connectors");
        List<ConnectorStatus> statuses = connectors.status();
        java.util.Map<String, String> problems = connectors.problems();
        if (statuses.isEmpty() && problems.isEmpty()) {
            return response.down()
                    .withData("problem", "no OPC UA connector runs: the asset model has not been loaded")
                    .build();
        }
        boolean allConnected = problems.isEmpty();
        problems.forEach((endpoint, problem) -> response.withData(endpoint, "NOT STARTED: " + problem));
        for (ConnectorStatus status : statuses) {
            allConnected &= status.state() == ConnectionState.CONNECTED
                    && status.tagFailures().isEmpty();
            response.withData(status.endpointName(), describe(status));
        }
        simulation.problem().ifPresent(problem -> response.withData("simulator", problem));
        return response.status(allConnected).build();
    }

    private static String describe(ConnectorStatus status) {
        StringBuilder text =
                new StringBuilder().append(status.state()).append(' ').append(status.url());
        if (status.cause() != null) {
            text.append(": ").append(status.cause());
        }
        if (!status.tagFailures().isEmpty()) {
            text.append("; ").append(status.tagFailures().size()).append(" tag(s) failing: ");
            status.tagFailures().values().stream().limit(3).forEach(failure -> text.append(failure)
                    .append("; "));
        }
        text.append(" (").append(status.samplesDelivered()).append(" samples)");
        return text.toString();
    }
}
