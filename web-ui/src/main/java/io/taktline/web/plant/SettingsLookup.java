package io.taktline.web.plant;

import java.util.Optional;

/**
 * Where settings are read: MicroProfile Config in the application, a map in tests. Named keys of the
 * asset model (an endpoint's password setting) are read through it too.
 */
public interface SettingsLookup {

    Optional<String> value(String key);
}
