package io.taktline.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

            // Without credentials the API says 401 as ever; a token cannot be checked without the database.
            assertThat(taktline.get("/api/v1/tags").statusCode()).isEqualTo(401);
            HttpResponse<String> api = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(taktline.uri("/api/v1/tags"))
                                    .header("Authorization", "Bearer tkl_anything")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("the database is not available", "TAKTLINE_DB_URL");

            HttpResponse<String> signIn = taktline.get("/login.xhtml");
            assertThat(signIn.body()).contains("Database unavailable: cannot connect to TAKTLINE_DB_URL");

            // Retried every 15 s, but the same problem is logged only once.
            Thread.sleep(17_000);
            assertThat(taktline.log()
                            .lines()
                            .filter(line -> line.contains("SEVERE") && line.contains("TAKTLINE_DB_URL")))
                    .hasSize(1);
        }
    }
}
