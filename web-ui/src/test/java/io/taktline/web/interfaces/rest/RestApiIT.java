package io.taktline.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real WAR on a real Payara Micro, called over HTTP as any client would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL app;

    @Deployment(testable = false)
    static WebArchive taktline() {
        return TaktlineWar.built();
    }

    private record Answer(int status, String body) {
        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private Answer get(URI uri) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", TestAccess.admin(app))
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private Answer api(String path) throws Exception {
        return get(app.toURI().resolve("api/v1/" + path));
    }

    private Answer put(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve("api/v1/" + path))
                        .header("Authorization", TestAccess.admin(app))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    @Test
    void listsTheFiveShopsAsAreas() throws Exception {
        Answer answer = api("assets?level=AREA");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(shop -> shop.getString("code"))
                .containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
    }

    @Test
    void refusesAnUnknownLevelNamingTheParameter() throws Exception {
        Answer answer = api("assets?level=SHOP");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().asJsonObject().getString("error"))
                .startsWith("query parameter level: unknown asset level 'SHOP'");
    }

    @Test
    void servesStoredSamplesOfATagInARange() throws Exception {
        JsonArray tags = api("tags").json().asJsonArray();
        assertThat(tags).hasSize(781);
        JsonObject tag = tags.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("role").equals("PROCESS_VALUE"))
                .findFirst()
                .orElseThrow();
        assertThat(tag.getString("node")).startsWith("nsu=urn:taktline:plant-simulator;s=Plant/");

        String range = "tags/" + tag.getJsonNumber("id").longValue() + "/samples?from="
                + Instant.now().minus(Duration.ofHours(1)) + "&to="
                + Instant.now().plus(Duration.ofMinutes(1));
        JsonArray samples = JsonArray.EMPTY_JSON_ARRAY;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (samples.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            Answer answer = api(range);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            samples = answer.json().asJsonArray();
        }

        assertThat(samples).isNotEmpty();
        JsonObject first = samples.getJsonObject(0);
        assertThat(Instant.parse(first.getString("time")))
                .isBefore(Instant.now().plusSeconds(5));
        assertThat(first.getJsonNumber("value").doubleValue()).isFinite();
        assertThat(first.getString("quality")).isEqualTo("GOOD");
    }

    @Test
    void answersABadInstantWithTheParameterAndTheExpectedForm() throws Exception {
        Answer answer = api("tags/1/samples?from=yesterday");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().asJsonObject().getString("error"))
                .isEqualTo("query parameter from is 'yesterday', not an ISO-8601 instant;"
                        + " write it like 2026-11-25T06:00:00Z");
    }

    @Test
    void answersAnUnknownTagWithNotFound() throws Exception {
        assertThat(api("tags/987654/samples").status()).isEqualTo(404);
    }

    @Test
    void reportsTheDatabaseAndTheConnectorInHealth() throws Exception {
        URI health = app.toURI().resolve("/health");
        Answer answer = get(health);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            answer = get(health);
        }

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject body = answer.json().asJsonObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name"))
                .contains("database", "connectors", "historian");
    }

    @Test
    void exposesTheHistoriansFiguresAsMetrics() throws Exception {
        HttpResponse<String> metrics = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve("/metrics?scope=application"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("taktline_historian_queue_depth")
                .contains("taktline_historian_spool_bytes")
                .contains("taktline_historian_rows_per_second")
                .contains("taktline_historian_batch_latency_ms")
                .contains("taktline_historian_dropped_total");
    }

    @Test
    void showsEachConnectorsStateAndTheTrustList() throws Exception {
        // The simulator runs in the same process: its connector is connected within a minute of the start.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<JsonObject> connectors;
        do {
            Answer answer = api("connectors");
            assertThat(answer.status()).isEqualTo(200);
            connectors = answer.json().asJsonObject().getJsonArray("connectors").getValuesAs(JsonObject.class);
            if (connectors.size() == 1 && connectors.get(0).getString("state").equals("CONNECTED")) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        assertThat(connectors).singleElement().satisfies(c -> {
            assertThat(c.getString("endpointName")).isEqualTo("simulator");
            assertThat(c.getString("state")).isEqualTo("CONNECTED");
        });

        Answer certificates = api("connectors/certificates");
        assertThat(certificates.status()).isEqualTo(200);
        assertThat(certificates.json().asJsonObject().getJsonObject("client").getString("thumbprint"))
                .matches("[0-9a-f]{40}");
        assertThat(put("connectors/certificates/trusted/0000000000000000000000000000000000000000")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void computesTheKpisOfAStationFromItsStoredStates() throws Exception {
        JsonObject state = api("tags").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("role").equals("STATE"))
                .findFirst()
                .orElseThrow();
        String query = "kpis?asset=" + state.getJsonNumber("assetId") + "&from="
                + Instant.now().minus(Duration.ofMinutes(5));

        Answer answer = api(query);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject report = answer.json().asJsonObject();
        // In a break of the demo calendar the time is planned down time, else the stations produce.
        JsonObject seconds = report.getJsonObject("secondsByElement");
        assertThat(seconds.getJsonNumber("ACTUAL_PRODUCTION").doubleValue()
                        + seconds.getJsonNumber("PLANNED_DOWN").doubleValue())
                .isPositive();
        if (report.getJsonObject("kpis").containsKey("availability")) {
            assertThat(report.getJsonObject("kpis")
                            .getJsonNumber("availability")
                            .doubleValue())
                    .isBetween(0.0, 1.0);
        }
        // A shop's figures are summed over its stations.
        JsonObject shop = api("assets?level=AREA").json().asJsonArray().getJsonObject(0);
        Answer shopAnswer = api("kpis?asset=" + shop.getJsonNumber("id") + "&from="
                + Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(shopAnswer.status()).as(shopAnswer.body()).isEqualTo(200);
        assertThat(shopAnswer.json().asJsonObject().getInt("members")).isGreaterThan(1);
        assertThat(api("kpis").status()).isEqualTo(400);
    }

    @Test
    void givesKpisPerShiftAndDayAndTheLiveStateOfAStation() throws Exception {
        JsonObject line = api("assets?level=LINE").json().asJsonArray().getJsonObject(0);
        Instant now = Instant.now();
        Answer shifts = api("kpis/periods?asset=" + line.getJsonNumber("id") + "&per=shift&from="
                + now.minus(Duration.ofHours(30)) + "&to=" + now);
        assertThat(shifts.status()).as(shifts.body()).isEqualTo(200);
        // 30 hours of the demo calendar's three 8-hour shifts a day: at least three whole ones.
        assertThat(shifts.json().asJsonArray().getValuesAs(JsonObject.class))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(period -> assertThat(period.getString("shift")).matches("(EARLY|LATE|NIGHT) \\([ABC]\\)"));
        Answer days = api("kpis/periods?asset=" + line.getJsonNumber("id") + "&per=day&from=2026-11-20T00:00:00Z"
                + "&to=2026-11-22T00:00:00Z");
        assertThat(days.json().asJsonArray()).hasSize(2);
        Answer month = api("kpis/periods?asset=" + line.getJsonNumber("id") + "&per=month");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.body()).contains("per").contains("shift, day or week");

        JsonObject stateTag = api("tags").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("role").equals("STATE"))
                .findFirst()
                .orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer live = api("assets/" + stateTag.getJsonNumber("assetId") + "/live");
        while (live.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            live = api("assets/" + stateTag.getJsonNumber("assetId") + "/live");
        }
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(live.json().asJsonObject().getString("state")).isNotBlank();

        // The state changes were fired as CDI events, which a metrics observer counted.
        HttpResponse<String> metrics = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve("/metrics?scope=application"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).containsPattern("taktline_equipment_state_changes_total\\S* [1-9]");
    }

    @Test
    void timesCyclesAndBalancesALineAgainstTakt() throws Exception {
        // Stamping presses cycle every few seconds: within a minute each has timed cycles, unless the
        // demo calendar's break holds the line (then none of them runs, and none may show cycles).
        JsonObject line = api("assets?level=LINE").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("path").contains("/STAMPING/"))
                .findFirst()
                .orElseThrow();
        List<JsonObject> presses = api("assets").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("level").equals("WORK_CELL"))
                .filter(a -> a.getString("path").startsWith(line.getString("path") + "/"))
                .toList();
        assertThat(presses).hasSize(5);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Answer balance;
        boolean inBreak;
        do {
            Thread.sleep(1000);
            balance = api("cycles/balance?line=" + line.getJsonNumber("id") + "&takt=6&from="
                    + Instant.now().minus(Duration.ofMinutes(10)));
            inBreak = true;
            for (JsonObject press : presses) {
                Answer live = api("assets/" + press.getJsonNumber("id") + "/live");
                inBreak &= live.status() == 200
                        && live.json().asJsonObject().getString("state").equals("PLANNED_STOP");
            }
        } while (balance.status() == 200
                && balance.json().asJsonObject().getJsonArray("stations").size() < 5
                && !inBreak
                && System.nanoTime() < deadline);
        assertThat(balance.status()).as(balance.body()).isEqualTo(200);
        JsonObject answer = balance.json().asJsonObject();
        assertThat(answer.getJsonNumber("taktSeconds").doubleValue()).isEqualTo(6.0);
        List<JsonObject> stations = answer.getJsonArray("stations").getValuesAs(JsonObject.class);
        if (!inBreak) {
            assertThat(stations).hasSize(5);
            assertThat(answer.getString("bottleneckBySlowestCycle")).startsWith(line.getString("path"));
        }
        assertThat(stations).allSatisfy(station -> {
            assertThat(station.getInt("cycles")).isPositive();
            assertThat(station.getJsonNumber("loadOfTakt").doubleValue()).isBetween(0.3, 3.0);
        });
        Answer cycles = api("cycles?asset=" + presses.get(0).getJsonNumber("id") + "&from="
                + Instant.now().minus(Duration.ofMinutes(10)));
        assertThat(cycles.status()).as(cycles.body()).isEqualTo(200);
        assertThat(api("cycles?asset=999999").status()).isEqualTo(404);
        assertThat(api("cycles?asset=" + line.getJsonNumber("id")).status()).isEqualTo(400);
        assertThat(api("cycles/balance?line=" + line.getJsonNumber("id") + "&takt=-1")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void describesTheApiInOpenApi() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve("/openapi")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/assets").contains("/api/v1/tags/{id}/samples");
    }
}
