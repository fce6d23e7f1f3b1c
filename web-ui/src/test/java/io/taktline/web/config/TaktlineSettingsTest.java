package io.taktline.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaktlineSettingsTest {

    private static TaktlineSettings read(Map<String, String> values) {
        return TaktlineSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void runsTheEmbeddedDemoPlantWhenNothingIsConfigured() {
        TaktlineSettings settings = read(Map.of());

        assertThat(settings.database().url()).isNull();
        assertThat(settings.database().dataDir().getFileName()).hasToString("data");
        assertThat(settings.simulatorEnabled()).isTrue();
        assertThat(settings.simulator().port()).isEqualTo(4840);
        assertThat(settings.demoModel()).isTrue();
        assertThat(settings.plantZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void takesThePlantsTimeZoneByItsName() {
        assertThat(read(Map.of("taktline.plant.zone", "Asia/Shanghai")).plantZone())
                .isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThatThrownBy(() -> read(Map.of("taktline.plant.zone", "Beijing")))
                .hasMessage("setting taktline.plant.zone (TAKTLINE_PLANT_ZONE) is 'Beijing'; give a time zone such as"
                        + " Asia/Shanghai or UTC, or remove it for the default 'UTC'");
    }

    @Test
    void takesAnExternalDatabaseFromTheUrlSetting() {
        TaktlineSettings settings = read(Map.of(
                "taktline.db.url", "jdbc:postgresql://db:5432/taktline",
                "taktline.db.user", "mes",
                "taktline.simulator.enabled", "false"));

        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://db:5432/taktline");
        assertThat(settings.database().user()).isEqualTo("mes");
        assertThat(settings.simulatorEnabled()).isFalse();
    }

    @Test
    void namesTheKeyTheVariableAndTheExpectedFormOfABadValue() {
        assertThatThrownBy(() -> read(Map.of("taktline.simulator.port", "forty")))
                .hasMessage("setting taktline.simulator.port (TAKTLINE_SIMULATOR_PORT) is 'forty'; give a whole number"
                        + " from 0 to 65535, or remove it for the default '4840'");
        assertThatThrownBy(() -> read(Map.of("taktline.simulator.enabled", "yes")))
                .hasMessageContaining("give true or false");
    }

    @Test
    void mapsKeysToEnvironmentVariablesByTheMicroProfileRule() {
        assertThat(Setting.DB_URL.environmentVariable()).isEqualTo("TAKTLINE_DB_URL");
        assertThat(Setting.HISTORIAN_MAX_BATCH_AGE_MS.environmentVariable())
                .isEqualTo("TAKTLINE_HISTORIAN_MAX_BATCH_AGE_MS");
    }
}
