package io.taktline.web.interfaces.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void takesTheTagsOfEnglishAndSimplifiedChineseAndNothingElse() {
        assertThat(Language.supported("zh-CN")).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.supported("zh_CN")).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.supported("zh")).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.supported("en-GB")).contains(Locale.ENGLISH);
        assertThat(Language.supported("de")).isEmpty();
        assertThat(Language.supported("<script>")).isEmpty();
        assertThat(Language.supported(null)).isEmpty();
    }

    @Test
    void everyTextOfThePagesIsInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        // The same placeholders in both: a translation that drops {1} would show a wrong figure.
        for (String key : english.stringPropertyNames()) {
            for (int i = 0; i < 6; i++) {
                String placeholder = "{" + i + "}";
                assertThat(chinese.getProperty(key).contains(placeholder))
                        .as(key + " " + placeholder)
                        .isEqualTo(english.getProperty(key).contains(placeholder));
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageTest.class.getResourceAsStream("/io/taktline/web/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
