package io.taktline.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A wrong database URL: one clear log line, the application keeps serving, health says why. */
class BadDatabaseUrlIT {

    private static final String URL = "jdbc:postgresql://nohost.invalid:5432/taktline";

    @Test
    void namesTheSettingOnceAndReportsTheDatabaseDown() throws Exception {
        try (TaktlineProcess taktline = TaktlineProcess.start(
                "bad-db-url",
                Integer.getInteger("taktline.it.badinput.port"),
                Map.of("TAKTLINE_DB_URL", URL, "TAKTLINE_SIMULATOR_ENABLED", "false"))) {

            HttpResponse<String> health = taktline.get("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body())
                    .contains("\"name\":\"database\",\"status\":\"DOWN\"")
                    .contains("TAKTLINE_DB_URL=" + URL)
                    .contains("UnknownHostException");

            HttpResponse<String> api = taktline.get("/api/v1/tags");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("the database is not available: cannot connect to TAKTLINE_DB_URL");

            assertThat(taktline.get("/").body()).contains("Database unavailable: cannot connect to TAKTLINE_DB_URL");

            // Retried every 15 s, but the same problem is logged only once.
            Thread.sleep(17_000);
            assertThat(taktline.log()
                            .lines()
                            .filter(line -> line.contains("SEVERE") && line.contains("TAKTLINE_DB_URL")))
                    .hasSize(1);
        }
    }
}
