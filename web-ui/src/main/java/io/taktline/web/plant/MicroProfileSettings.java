package io.taktline.web.plant;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** Settings from MicroProfile Config: environment variables, system properties, config files. */
@ApplicationScoped
public class MicroProfileSettings implements SettingsLookup {

    @Override
    public Optional<String> value(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class);
    }
}
