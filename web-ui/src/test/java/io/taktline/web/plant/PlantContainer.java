package io.taktline.web.plant;

import io.taktline.core.asset.ModelSnapshot;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The plant's real CDI wiring (the beans of this package) in Weld SE, without a server: the settings
 * come from a map, threads from a plain factory in place of the container's. Starts when made.
 */
final class PlantContainer implements AutoCloseable {

    private final SeContainer container;

    PlantContainer(Map<String, String> settings) {
        SettingsLookup lookup = key -> Optional.ofNullable(settings.get(key));
        container = SeContainerInitializer.newInstance()
                .disableDiscovery()
                .addBeanClasses(
                        PlantConfiguration.class,
                        PlantScheduler.class,
                        PlantDatabase.class,
                        PlantServices.class,
                        PlantModel.class,
                        PlantHistorian.class,
                        SamplePath.class,
                        PlantConnectors.class,
                        PlantSimulation.class,
                        DemoSeed.class,
                        ShiftHorizon.class,
                        Interpretation.class)
                .addExtensions(new Fixed(lookup))
                .initialize();
    }

    <T> T get(Class<T> type) {
        return container.select(type).get();
    }

    ModelSnapshot model() {
        return get(PlantModel.class).snapshot();
    }

    @Override
    public void close() {
        container.close();
    }

    /** The two beans the server gives in the application: settings and threads. */
    public static final class Fixed implements Extension {

        private final SettingsLookup lookup;

        public Fixed() {
            this(key -> Optional.empty());
        }

        Fixed(SettingsLookup lookup) {
            this.lookup = lookup;
        }

        void add(@Observes AfterBeanDiscovery discovery) {
            discovery.addBean().types(SettingsLookup.class, Object.class).createWith(c -> lookup);
            ThreadFactory threads = Executors.defaultThreadFactory();
            discovery.addBean().types(ThreadFactory.class, Object.class).createWith(c -> threads);
        }
    }
}
