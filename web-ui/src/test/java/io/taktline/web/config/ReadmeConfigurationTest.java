package io.taktline.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is what people read: it must list every key with its default. */
class ReadmeConfigurationTest {

    @Test
    void readmeListsEverySettingWithItsVariableAndDefault() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));

        for (Setting setting : Setting.values()) {
            String row = "| `" + setting.environmentVariable() + "` | `" + setting.key() + "` | "
                    + (setting.defaultValue().isEmpty() ? "(empty)" : "`" + setting.defaultValue() + "`") + " |";
            assertThat(readme).as("README row for " + setting).contains(row);
        }
    }
}
