package io.taktline.web.plant;

import io.taktline.core.asset.AssetModel;
import io.taktline.sim.PlantSimulator;
import io.taktline.web.config.TaktlineSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The simulated five-shop plant, served in-process over OPC UA when the simulator is enabled. */
@ApplicationScoped
public class PlantSimulation {

    private static final Logger LOG = Logger.getLogger(PlantSimulation.class.getName());
    /** The name of the endpoint that the demo plant's tags are read from. */
    public static final String ENDPOINT = "simulator";
    /** Before the database: the demo model's endpoint is moved to the port it serves on. */
    static final int START = 100;

    @Inject
    PlantConfiguration configuration;

    @Inject
    AssetModel model;

    private volatile PlantSimulator simulator;
    private volatile String problem;

    void start(@Observes @Priority(START) Startup startup) {
        if (!configuration.valid() || !configuration.settings().simulatorEnabled()) {
            return;
        }
        TaktlineSettings settings = configuration.settings();
        try {
            simulator = PlantSimulator.start(settings.simulator());
            LOG.info("Plant simulator serving the five-shop demo plant at " + simulator.endpointUrl());
        } catch (Exception e) {
            problem = "the plant simulator cannot serve on "
                    + settings.simulator().host() + ":"
                    + settings.simulator().port() + " (" + e.getMessage()
                    + "); free the port or set TAKTLINE_SIMULATOR_PORT to another one";
            LOG.severe(problem);
        }
    }

    /** The demo model names the simulator's default address; follow it to the port it really has. */
    void moveEndpoint(@Observes @Priority(DatabaseReady.ENDPOINTS) DatabaseReady ready) {
        PlantSimulator running = simulator;
        if (running == null) {
            return;
        }
        try {
            model.moveEndpoint(ENDPOINT, running.endpointUrl());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not point the simulator endpoint at " + running.endpointUrl(), e);
        }
    }

    public Optional<PlantSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** Why the enabled simulator does not serve, or empty. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @PreDestroy
    void stop() {
        PlantSimulator running = simulator;
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "while stopping the plant simulator", e);
            }
        }
    }
}
