package io.taktline.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stops of the demo plant over the REST API of the real WAR: the simulator runs at real speed,
 * so the tests wait (bounded) for real stops, then classify, comment, split and merge them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DowntimeApiIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The simulator stops a station about every 40 s somewhere in the plant; this is ample. */
    private static final Duration STOPS_WITHIN = Duration.ofMinutes(4);

    @ArquillianResource
    URL app;

    @Deployment(testable = false)
    static WebArchive taktline() {
        return TaktlineWar.built();
    }

    private record Answer(int status, String body) {

        JsonObject object() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        String error() {
            return object().getString("error");
        }
    }

    private Answer send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.toURI().resolve("api/v1/" + path))
                .header("Authorization", TestAccess.admin(app))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private Answer get(String path) throws Exception {
        return send("GET", path, null);
    }

    private long plantId() throws Exception {
        return get("assets?level=SITE")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** The plant's stops of the last hour, once one of them matches; fails after a bounded wait. */
    private List<JsonObject> waitForStops(Predicate<List<JsonObject>> enough) throws Exception {
        String query = "downtime?asset=" + plantId() + "&from=" + Instant.now().minus(Duration.ofHours(1));
        long deadline = System.nanoTime() + STOPS_WITHIN.toNanos();
        while (true) {
            Answer answer = get(query);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            List<JsonObject> stops = answer.array().getValuesAs(JsonObject.class);
            if (enough.test(stops)) {
                return stops;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo plant had no such stops within " + STOPS_WITHIN + ": " + stops);
            }
            Thread.sleep(2000);
        }
    }

    private static boolean closedLongerThanTwoSeconds(JsonObject stop) {
        return stop.get("end").getValueType() != JsonValue.ValueType.NULL
                && stop.getJsonNumber("durationSeconds").doubleValue() >= 2;
    }

    private static Optional<JsonObject> closedStop(List<JsonObject> stops) {
        return stops.stream().filter(DowntimeApiIT::closedLongerThanTwoSeconds).findFirst();
    }

    @Test
    void listsTheRealStopsOfThePlantWithTheirAssetsAndReasons() throws Exception {
        List<JsonObject> stops = waitForStops(s -> closedStop(s).isPresent());

        JsonObject stop = closedStop(stops).orElseThrow();
        assertThat(stop.getString("assetPath")).startsWith("TAKTLINE/PLANT1/");
        assertThat(Instant.parse(stop.getString("end"))).isAfter(Instant.parse(stop.getString("start")));
        assertThat(stop).containsKeys("reason", "classifiedBy", "comment", "faultCode", "shift");
        // The source says who gave the reason: none without one, an operator exactly when someone classified it.
        String source = stop.getString("source");
        assertThat(source)
                .isEqualTo(stop.isNull("reason") ? "NONE" : stop.isNull("classifiedBy") ? "AUTOMATIC" : "OPERATOR");
        if (stop.getString("source").equals("AUTOMATIC")) {
            JsonObject reason = stop.getJsonObject("reason");
            assertThat(reason.getJsonArray("path")
                            .getString(reason.getJsonArray("path").size() - 1))
                    .isEqualTo(reason.getString("code"));
        }
        // The same stop is listed for its own asset, and one second past its end it is not.
        long asset = stop.getJsonNumber("assetId").longValue();
        String own = "downtime?asset=" + asset + "&from=" + stop.getString("start") + "&to=" + stop.getString("end");
        assertThat(get(own).array().getValuesAs(JsonObject.class))
                .extracting(s -> s.getJsonNumber("id").longValue())
                .contains(stop.getJsonNumber("id").longValue());
        String after = "downtime?asset=" + asset + "&from="
                + Instant.parse(stop.getString("end")).plusSeconds(1) + "&to="
                + Instant.parse(stop.getString("end")).plusSeconds(2);
        assertThat(get(after).array().getValuesAs(JsonObject.class))
                .extracting(s -> s.getJsonNumber("id").longValue())
                .doesNotContain(stop.getJsonNumber("id").longValue());
    }

    @Test
    void classifiesCommentsSplitsAndMergesARealStop() throws Exception {
        JsonObject stop =
                closedStop(waitForStops(s -> closedStop(s).isPresent())).orElseThrow();
        long id = stop.getJsonNumber("id").longValue();

        Answer classified = send("PUT", "downtime/" + id + "/reason", "{\"reason\": \"MATERIAL_SHORTAGE\"}");
        assertThat(classified.status()).as(classified.body()).isEqualTo(200);
        assertThat(classified.object().getString("source")).isEqualTo("OPERATOR");
        assertThat(classified.object().getString("classifiedBy")).isEqualTo("token:it ADMIN");
        assertThat(classified
                        .object()
                        .getJsonObject("reason")
                        .getJsonArray("path")
                        .getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("UNPLANNED", "MATERIAL_SHORTAGE");

        Answer commented = send("PUT", "downtime/" + id + "/comment", "{\"comment\": \"no brackets at the rack\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(200);
        assertThat(commented.object().getString("comment")).isEqualTo("no brackets at the rack");

        Instant start = Instant.parse(stop.getString("start"));
        Instant end = Instant.parse(stop.getString("end"));
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2)).truncatedTo(ChronoUnit.MILLIS);
        Answer split = send("POST", "downtime/" + id + "/split", "{\"at\": \"" + middle + "\"}");
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        List<JsonObject> parts = split.array().getValuesAs(JsonObject.class);
        assertThat(parts).extracting(p -> p.getString("end")).containsExactly(middle.toString(), end.toString());
        assertThat(parts)
                .extracting(p -> p.getJsonObject("reason").getString("code"))
                .containsOnly("MATERIAL_SHORTAGE");

        Answer merged = send(
                "POST",
                "downtime/merge",
                "{\"ids\": [" + parts.get(0).getJsonNumber("id") + ", "
                        + parts.get(1).getJsonNumber("id") + "]}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.object().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(merged.object().getString("end")).isEqualTo(end.toString());
        assertThat(merged.object().getString("comment")).isEqualTo("no brackets at the rack");

        Answer audit = get("model/audit?limit=200");
        assertThat(audit.array().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("entity").equals("downtime_event")
                        && e.getString("key").equals("" + id))
                .extracting(e -> e.getString("action"))
                .contains("CLASSIFY", "COMMENT", "SPLIT", "MERGE");
    }

    @Test
    void answersBadInputWithTheInputAndWhatToDo() throws Exception {
        List<JsonObject> stops = waitForStops(s -> closedStop(s).isPresent()
                && s.stream()
                                .map(x -> x.getJsonNumber("assetId").longValue())
                                .distinct()
                                .count()
                        > 1);
        JsonObject stop = closedStop(stops).orElseThrow();
        long id = stop.getJsonNumber("id").longValue();
        JsonObject other = stops.stream()
                .filter(s -> s.getJsonNumber("assetId").longValue()
                        != stop.getJsonNumber("assetId").longValue())
                .findFirst()
                .orElseThrow();

        assertBadRequest(
                send("PUT", "downtime/" + id + "/reason", "{\"reason\": \"COFFEE\"}"),
                "reason 'COFFEE' is not in the reason tree");
        assertBadRequest(send("PUT", "downtime/" + id + "/reason", "ELECTRICAL"), "the body is not JSON");
        assertBadRequest(
                send("PUT", "downtime/" + id + "/reason", "{\"code\": \"ELECTRICAL\"}"),
                "field 'code' is not one this request takes; send {\"reason\": \"ELECTRICAL\"}");
        assertBadRequest(send("PUT", "downtime/" + id + "/reason", "{}"), "field 'reason' must not be blank");
        assertBadRequest(
                send("POST", "downtime/" + id + "/split", "{\"at\": \"" + stop.getString("end") + "\"}"),
                "is not inside the stop");
        assertBadRequest(
                send("POST", "downtime/" + id + "/split", "{\"at\": \"noon\"}"),
                "field 'at' is not an ISO-8601 instant");
        assertBadRequest(
                send("POST", "downtime/merge", "{\"ids\": [" + id + ", " + other.getJsonNumber("id") + "]}"),
                "only stops of one asset can be merged");
        assertBadRequest(send("POST", "downtime/merge", "{\"ids\": [" + id + "]}"), "two or more");
        assertBadRequest(get("downtime?asset=press"), "query parameter asset is 'press', not an asset id");
        assertBadRequest(
                get("downtime?from=yesterday"), "query parameter from is 'yesterday', not an ISO-8601 instant");
        assertBadRequest(get("downtime?awaitingClassification=yes"), "query parameter awaitingClassification is 'yes'");
        assertThat(get("downtime?asset=987654321").status()).isEqualTo(404);
        assertThat(send("PUT", "downtime/987654321/comment", "{\"comment\": \"x\"}")
                        .status())
                .isEqualTo(404);
        // Nothing of the refused changes was applied.
        JsonObject again = get("downtime?asset=" + stop.getJsonNumber("assetId") + "&from=" + stop.getString("start")
                        + "&to=" + stop.getString("end"))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertThat(again.getString("end")).isEqualTo(stop.getString("end"));
    }

    @Test
    void servesTheReasonTreeAndReplacesItAllOrNothing() throws Exception {
        Answer tree = get("downtime/reasons");
        assertThat(tree.status()).isEqualTo(200);
        JsonObject document = tree.object();
        assertThat(document.getJsonArray("faultCodes").getValuesAs(JsonObject.class))
                .extracting(m -> m.getInt("faultCode"))
                .contains(1010, 2101, 5301);
        assertThat(document.getJsonObject("automatic").getString("PLANNED_STOP"))
                .isEqualTo("BREAK");

        String broken = tree.body().replaceFirst("\"parent\": \"UNPLANNED\"", "\"parent\": \"UNPLANED\"");
        Answer refused = send("PUT", "downtime/reasons", broken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("field")).endsWith(".parent");
        assertThat(refused.object().getInt("line")).isPositive();
        assertThat(refused.error()).contains("names 'UNPLANED' that is not listed before it");
        assertThat(get("downtime/reasons").body()).isEqualTo(tree.body());

        // A reason that a stop has is not removed unless told to.
        JsonObject stop =
                closedStop(waitForStops(s -> closedStop(s).isPresent())).orElseThrow();
        long id = stop.getJsonNumber("id").longValue();
        String withExtra = tree.body()
                .replace(
                        "{\"code\": \"NO_OPERATOR\"",
                        "{\"code\": \"TEMPORARY\", \"name\": \"Temporary reason\", \"category\": \"UNPLANNED\", \"parent\": \"UNPLANNED\"},\n    {\"code\": \"NO_OPERATOR\"");
        assertThat(send("PUT", "downtime/reasons", withExtra).status()).isEqualTo(200);
        assertThat(send("PUT", "downtime/" + id + "/reason", "{\"reason\": \"TEMPORARY\"}")
                        .status())
                .isEqualTo(200);

        Answer inUse = send("PUT", "downtime/reasons", tree.body());
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.error()).contains("'TEMPORARY' (1 stops)").contains("removeReasonsInUse=true");

        Answer removed = send("PUT", "downtime/reasons?removeReasonsInUse=true", tree.body());
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.object().getJsonArray("removed").getString(0)).isEqualTo("TEMPORARY");
        assertThat(get("downtime/reasons").body()).isEqualTo(tree.body());
    }

    private static void assertBadRequest(Answer answer, String error) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.error()).contains(error);
    }
}
