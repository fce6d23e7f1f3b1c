package io.taktline.web.plant;

import io.taktline.web.config.TaktlineSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Taktline's settings, read once. A value that does not parse keeps the plant from starting: the
 * problem is logged once and shown at {@code /health}, and what needs the settings answers 503.
 */
@ApplicationScoped
public class PlantConfiguration {

    private static final Logger LOG = Logger.getLogger(PlantConfiguration.class.getName());

    @Inject
    SettingsLookup lookup;

    private TaktlineSettings settings;
    private String problem;

    @PostConstruct
    void read() {
        try {
            settings = TaktlineSettings.from(lookup::value);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            LOG.severe("Taktline is not started: " + problem);
        }
    }

    /** Why Taktline did not start, or empty when the settings are fine. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public boolean valid() {
        return settings != null;
    }

    /** @throws PlantUnavailableException when a setting does not parse */
    @Produces
    @Singleton
    TaktlineSettings settings() {
        if (settings == null) {
            throw new PlantUnavailableException("Taktline is not started: " + problem);
        }
        return settings;
    }

    /** The plant's time zone; UTC while the settings do not parse (the pages say why). */
    public ZoneId plantZone() {
        return settings == null ? ZoneOffset.UTC : settings.plantZone();
    }

    /** A setting named by the asset model (an endpoint's password key). */
    public Optional<String> named(String key) {
        return lookup.value(key);
    }
}
