package io.taktline.web.plant;

import io.taktline.web.config.TaktlineSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/** Starts the plant when the application starts and stops it when the application stops. */
@ApplicationScoped
public class PlantLifecycle {

    private static final Logger LOG = Logger.getLogger(PlantLifecycle.class.getName());

    @Inject
    Event<AssetEvent> assetEvents;

    private volatile PlantRuntime runtime;
    private volatile String configurationProblem;

    void start(@Observes Startup event) {
        TaktlineSettings settings;
        var config = ConfigProvider.getConfig();
        try {
            settings = TaktlineSettings.from(key -> config.getOptionalValue(key, String.class));
        } catch (IllegalArgumentException e) {
            configurationProblem = e.getMessage();
            LOG.severe("Taktline is not started: " + configurationProblem);
            return;
        }
        runtime = new PlantRuntime(settings, key -> config.getOptionalValue(key, String.class));
        // Every state change and counted part is a CDI event, observed asynchronously so that no
        // observer can hold up the interpreter.
        runtime.liveAssets().onEvent(assetEvents::fireAsync);
        runtime.start();
    }

    /** The running plant, or empty when the configuration kept it from starting. */
    public Optional<PlantRuntime> runtime() {
        return Optional.ofNullable(runtime);
    }

    public Optional<String> configurationProblem() {
        return Optional.ofNullable(configurationProblem);
    }

    @PreDestroy
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }
}
