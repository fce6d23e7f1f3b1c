package io.taktline.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a careless user sends, against the real WAR: each answer is the API's JSON problem (400, 404,
 * 409 or 413) naming the input and what to send, and changes nothing. Never a 500, an HTML page or
 * a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL app;

    @Deployment(testable = false)
    static WebArchive taktline() {
        return TaktlineWar.built();
    }

    private record Answer(int status, String type, String body) {

        /** The problem's message, after checking that the answer is the API's JSON problem. */
        String error() {
            assertThat(type).as(body).startsWith("application/json");
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            assertThat(problem.getInt("status")).isEqualTo(status);
            assertThat(body).doesNotContain("Exception", "\tat ", "<html", "SQL");
            return problem.getString("error");
        }
    }

    private Answer send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.toURI().resolve("api/v1/" + path))
                .header("Authorization", TestAccess.admin(app))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private Answer get(String path) throws Exception {
        return send("GET", path, null);
    }

    private JsonArray array(String path) throws Exception {
        Answer answer = get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    private JsonObject first(String path) throws Exception {
        return array(path).getJsonObject(0);
    }

    @Test
    void aReasonTreeWithoutItsListsIsRefusedAndTheTreeStays() throws Exception {
        String before = get("downtime/reasons").body();

        Answer empty = send("PUT", "downtime/reasons", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.error()).contains("reasons: missing", "GET /api/v1/downtime/reasons");
        Answer deep = send("PUT", "downtime/reasons", "{\"reasons\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.error()).contains("nests deeper than 64 levels");
        Answer longCode = send(
                "PUT",
                "downtime/reasons",
                "{\"reasons\": [{\"code\": \"" + "X".repeat(1 << 20) + "\", \"name\": \"x\", \"category\":"
                        + " \"UNPLANNED\"}], \"faultCodes\": []}");
        assertThat(longCode.status()).isEqualTo(400);
        assertThat(longCode.error()).contains("1048576 characters; keep it to");

        assertThat(get("downtime/reasons").body()).isEqualTo(before);
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsRefusedBeforeTheImport() throws Exception {
        // Applied, this document would add an endpoint.
        String change = "{\"endpoints\": [{\"name\": \"dry-run-check\", \"url\": \"opc.tcp://localhost:4999\"}]}";
        long lastAudit = first("model/audit?limit=1").getJsonNumber("id").longValue();

        for (String flag : new String[] {"maybe", "1"}) {
            Answer answer = send("PUT", "model?dryRun=" + flag, change);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.error()).isEqualTo("query parameter dryRun is '" + flag + "'; give true or false");
        }
        assertThat(first("model/audit?limit=1").getJsonNumber("id").longValue()).isEqualTo(lastAudit);
    }

    @Test
    void cloningALineUnderItsOwnCodeOrMovingItWhereItIsChangesNothing() throws Exception {
        JsonObject line = first("assets?level=LINE");
        long id = line.getJsonNumber("id").longValue();

        Answer clone = send(
                "POST",
                "assets/" + id + "/clone",
                "{\"code\": \"" + line.getString("code") + "\", \"name\": \"copy\", \"replace\": \"x\", \"with\":"
                        + " \"y\"}");
        assertThat(clone.status()).isEqualTo(400);
        assertThat(clone.error())
                .isEqualTo("'" + line.getString("path") + "' exists already; give the copy a code" + " of its own");
        Answer move = send("PUT", "assets/" + id + "/parent/" + line.getJsonNumber("parentId"), null);
        assertThat(move.status()).isEqualTo(400);
        assertThat(move.error()).contains("is already below", "nothing to move");

        Answer number = send("POST", "assets/" + id + "/clone", "{\"code\": 123, \"name\": \"x\"}");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.error()).startsWith("field 'code' must be a text, not a number; send {\"code\": \"PL2\"");
        Answer malformed = send("POST", "assets/" + id + "/clone", "{\"code\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error()).startsWith("the body is not JSON");
        Answer deep = send("POST", "assets/" + id + "/clone", "[".repeat(10_000) + "]".repeat(10_000));
        assertThat(deep.status()).isEqualTo(400);
        deep.error();

        JsonObject after =
                Json.createReader(new StringReader(get("assets/" + id).body())).readObject();
        assertThat(after.getString("path")).isEqualTo(line.getString("path"));
        assertThat(after.getString("name")).isEqualTo(line.getString("name"));
    }

    @Test
    void anAssetWithAHugeNameOrAControlCharacterOrATagOfNoDataTypeIsRefused() throws Exception {
        JsonObject line = first("assets?level=LINE");
        long id = line.getJsonNumber("id").longValue();
        int before = array("assets").size();

        Answer huge = send(
                "POST",
                "assets/" + id + "/children",
                "{\"level\": \"WORK_CELL\", \"code\": \"BIG\", \"name\": \"" + "n".repeat(1 << 20) + "\"}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.error()).contains("1048576 characters; keep it to 4000");
        Answer longName = send(
                "POST",
                "assets/" + id + "/children",
                "{\"level\": \"WORK_CELL\", \"code\": \"BIG\", \"name\": \"" + "n".repeat(300) + "\"}");
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.error()).contains("300 characters; keep it to 200");
        Answer nul = send(
                "POST",
                "assets/" + id + "/children",
                "{\"level\": \"WORK_CELL\", \"code\": \"NUL\", \"name\": \"a\\u0000b\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.error()).contains("control character U+0000");
        assertThat(array("assets").size()).isEqualTo(before);

        JsonObject station = first("assets?level=WORK_CELL");
        Answer quaternion = send(
                "POST",
                "assets/" + station.getJsonNumber("id") + "/tags",
                "{\"name\": \"Q\", \"role\": \"PROCESS_VALUE\", \"endpoint\": \"simulator\", \"node\":"
                        + " \"nsu=urn:x;s=Q\", \"dataType\": \"Quaternion\"}");
        assertThat(quaternion.status()).isEqualTo(400);
        assertThat(quaternion.error()).contains("data type 'Quaternion' is not an OPC UA data type");
    }

    @Test
    void idsThatAreNotNumbersAnswerJsonNotFound() throws Exception {
        for (String id : new String[] {"abc", "99999999999999999999"}) {
            Answer answer = get("assets/" + id);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.error()).startsWith("path parameter id is '" + id + "'; give a whole number");
        }
        Answer noStop = send("PUT", "downtime/0/comment", "{\"comment\": \"x\"}");
        assertThat(noStop.status()).isEqualTo(404);
        assertThat(noStop.error()).startsWith("path parameter id is '0'; give a whole number from 1");
        Answer zero = send("POST", "downtime/merge", "{\"ids\": [0, 2]}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.error()).contains("ids[0]", "is 0; give a whole number of 1 or more");
        long plant = first("assets?level=ENTERPRISE").getJsonNumber("id").longValue();
        Answer notALine = get("lines/" + plant + "/board");
        assertThat(notALine.status()).isEqualTo(400);
        assertThat(notALine.error()).startsWith("asset " + plant + " is not a LINE; an andon board is kept per line");
        Answer nothing = get("nothing-here");
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(nothing.error()).matches("there is nothing at GET /(taktline/)?api/v1/nothing-here; .*/openapi");
    }

    @Test
    void periodsAndInstantsOutsideWhatAPlantHasAreRefused() throws Exception {
        long plant = first("assets?level=ENTERPRISE").getJsonNumber("id").longValue();

        Answer years = get("kpis?asset=" + plant + "&from=2018-01-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertThat(years.status()).isEqualTo(400);
        assertThat(years.error()).contains("is longer than 366 days");
        Answer far = get("kpis?asset=" + plant + "&from=%2B1000000000-01-01T00:00:00Z");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.error()).startsWith("query parameter from is +1000000000-01-01T00:00:00Z; give an instant from");
        Answer before = get("kpis?asset=" + plant + "&to=-1000000000-01-01T00:00:00Z");
        assertThat(before.status()).isEqualTo(400);
        before.error();
        Answer text = get("kpis?asset=" + plant + "&to=yesterday");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.error())
                .isEqualTo(
                        "query parameter to is 'yesterday', not an ISO-8601 instant; write it like 2026-11-25T06:00:00Z");

        long line = first("assets?level=LINE").getJsonNumber("id").longValue();
        Answer takt = get("cycles/balance?line=" + line + "&takt=Infinity");
        assertThat(takt.status()).isEqualTo(400);
        assertThat(takt.error()).contains("takt is Infinity");
        Answer overtime = send(
                "POST",
                "lines/" + line + "/overtime",
                "{\"name\": \"PAST\", \"start\": \"2020-03-07T06:00:00Z\", \"end\": \"2020-03-07T10:00:00Z\"}");
        assertThat(overtime.status()).isEqualTo(400);
        assertThat(overtime.error()).contains("which has passed");
    }

    @Test
    void aStopIsNotSplitInTheFutureNorCommentedWithAControlCharacter() throws Exception {
        Answer split = send("POST", "downtime/1/split", "{\"at\": \"2030-01-01T00:00:00Z\"}");
        assertThat(split.status()).isEqualTo(400);
        assertThat(split.error()).contains("split time 2030-01-01T00:00:00Z is in the future");
        Answer comment = send("PUT", "downtime/1/comment", "{\"comment\": \"cable\\u0000pinched\"}");
        assertThat(comment.status()).isEqualTo(400);
        assertThat(comment.error()).contains("control character U+0000 at position 6");
    }

    @Test
    void aFieldTakesOnlyItsOwnKindOfValueAndNoUnknownField() throws Exception {
        long admin = array("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("admin"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Answer yes = send("PUT", "users/" + admin + "/enabled", "{\"enabled\": \"yes\"}");
        assertThat(yes.status()).isEqualTo(400);
        assertThat(yes.error())
                .isEqualTo("field 'enabled' must be true or false, not a text; send {\"enabled\": false}");
        Answer number = send("PUT", "downtime/1/reason", "{\"reason\": 123}");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.error()).startsWith("field 'reason' must be a text, not a number");
        Answer fraction = send("POST", "downtime/merge", "{\"ids\": [1.5, 2]}");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.error()).contains("field 'ids' must be a whole number", "not 1.5;");
        Answer days = send("POST", "tokens", "{\"name\": \"x\", \"role\": \"VIEWER\", \"validDays\": 3000000000}");
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.error()).contains("field 'validDays' must be a whole number from");
        Answer unknown = send("PUT", "downtime/1/comment", "{\"coment\": \"typo\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).startsWith("field 'coment' is not one this request takes");
        Answer empty = send("POST", "downtime/merge", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.error()).isEqualTo("the body is empty; send {\"ids\": [41, 42]}");
        Answer nested = send("POST", "lines/1/overtime", "{\"breaks\": [{\"start\": \"2026-11-28T08:00:00Z\"}]}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.error()).startsWith("field 'breaks[0].end' must not be null");

        assertThat(array("users").getValuesAs(JsonObject.class).stream()
                        .filter(u -> u.getString("username").equals("admin"))
                        .allMatch(u -> u.getBoolean("enabled")))
                .isTrue();
        assertThat(array("tokens").getValuesAs(JsonObject.class).stream()
                        .noneMatch(t -> t.getString("name").equals("x")))
                .isTrue();
    }

    @Test
    void aValueBeyondADoubleIsNotWrittenToThePlc() throws Exception {
        JsonObject tag = first("tags");
        Answer infinite = send("PUT", "tags/" + tag.getJsonNumber("id") + "/value", "{\"value\": 1e400}");
        assertThat(infinite.status()).isEqualTo(400);
        assertThat(infinite.error()).contains("would be written as Infinity");
        Answer huge = send("PUT", "tags/" + tag.getJsonNumber("id") + "/value", "{\"value\": 1" + "0".repeat(30) + "}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.error()).contains("larger than a PLC's Int64 holds");
    }
}
