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

/** Changing the asset model over the REST API of the real WAR on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetModelApiIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL app;

    @Deployment(testable = false)
    static WebArchive taktline() {
        return TaktlineWar.built();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.toURI().resolve("api/v1/" + path))
                .header("Authorization", TestAccess.admin(app))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    @Test
    void aTagAddedThroughTheApiDeliversSamplesWithoutARestart() throws Exception {
        JsonObject analog = array(send("GET", "tags", null)).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("role").equals("PROCESS_VALUE"))
                .findFirst()
                .orElseThrow();
        // Free the node, then bind it again under a new tag: the connector must pick the new tag up live.
        assertThat(send("DELETE", "tags/" + analog.getJsonNumber("id").longValue(), null)
                        .statusCode())
                .isEqualTo(204);
        String tag = Json.createObjectBuilder()
                .add("name", "Rebound" + analog.getString("name"))
                .add("role", "PROCESS_VALUE")
                .add("endpoint", analog.getString("endpoint"))
                .add("node", analog.getString("node"))
                .add("dataType", analog.getString("dataType"))
                .add("samplingIntervalMs", 250)
                .build()
                .toString();

        HttpResponse<String> created = send("POST", "assets/" + analog.getJsonNumber("assetId") + "/tags", tag);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = object(created).getJsonNumber("id").longValue();
        long start = System.nanoTime();
        JsonArray samples = JsonArray.EMPTY_JSON_ARRAY;
        while (samples.isEmpty()
                && System.nanoTime() - start < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(250);
            samples = array(send("GET", "tags/" + id + "/samples", null));
        }
        assertThat(samples).as("samples of the new tag within 30 s").isNotEmpty();
        System.out.printf(
                "new tag %d delivered its first stored sample %d ms after it was created%n",
                id, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aDryRunListsTheChangesAndAppliesNothing() throws Exception {
        String exported = send("GET", "model", null).body();
        String renamed = exported.replace("\"Tandem press line 1\"", "\"Press line one\"");

        HttpResponse<String> dryRun = send("PUT", "model?dryRun=true", renamed);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(object(dryRun).getJsonArray("changes").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(change -> assertThat(change.getString("after")).contains("Press line one"));
        assertThat(send("GET", "model", null).body())
                .contains("\"Tandem press line 1\"")
                .doesNotContain("Press line one");
    }

    @Test
    void refusesABadDocumentNamingLineAndFieldAndAppliesNothing() throws Exception {
        String document = """
                {"endpoints": [{"name": "plc-9", "url": "opc.tcp://plc9:4840"}],
                 "assets": [{"level": "ENTERPRISE", "code": "OTHER", "name": "Other",
                   "tags": [{"name": "x", "role": "SPEED", "endpoint": "plc-9",
                             "node": "nsu=urn:plc9;s=x", "dataType": "Double"}]}]}
                """;

        HttpResponse<String> answer = send("PUT", "model", document);

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonObject problem = object(answer);
        assertThat(problem.getInt("line")).isEqualTo(3);
        assertThat(problem.getString("field")).isEqualTo("assets[0].tags[0].role");
        assertThat(problem.getString("error")).contains("unknown tag role 'SPEED'");
        assertThat(send("GET", "model", null).body()).doesNotContain("plc-9");
    }

    @Test
    void refusesAMoveIntoItsOwnSubtree() throws Exception {
        JsonArray areas = array(send("GET", "assets?level=AREA", null));
        JsonObject shop = areas.getJsonObject(0);
        JsonObject line = array(send("GET", "assets?level=LINE", null)).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("parentId").longValue()
                        == shop.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow();

        HttpResponse<String> answer =
                send("PUT", "assets/" + shop.getJsonNumber("id") + "/parent/" + line.getJsonNumber("id"), null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(object(answer).getString("error")).contains("inside its own subtree");
    }

    @Test
    void draftsAModelByBrowsingTheSimulator() throws Exception {
        String request = """
                {"endpoint": "simulator", "root": "nsu=urn:taktline:plant-simulator;s=Plant",
                 "enterprise": "Drafted Motors", "site": "Drafted plant"}
                """;

        HttpResponse<String> draft = send("POST", "model/draft", request);

        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(draft.body())
                .contains("\"code\": \"STAMPING\"")
                .contains("\"level\": \"WORK_CELL\"")
                .contains("\"role\": \"STATE\"")
                .contains("\"role\": \"PART_COUNTER\"");
        // The demo model already binds these nodes: a second model of the same server is refused, naming them.
        HttpResponse<String> dryRun = send("PUT", "model?dryRun=true", draft.body());
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(400);
        assertThat(object(dryRun).getString("error")).contains("is already bound by tag 'TAKTLINE/PLANT1/");
    }

    @Test
    void auditsAWriteToAPlcNodeEvenWhenTheServerRefusesIt() throws Exception {
        JsonObject state = array(send("GET", "tags", null)).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("role").equals("STATE"))
                .findFirst()
                .orElseThrow();

        HttpResponse<String> write = send("PUT", "tags/" + state.getJsonNumber("id") + "/value", "{\"value\": 1}");

        // The audit entry is written off the connector's thread: give it a moment.
        JsonObject lastAudit = array(send("GET", "model/audit?limit=1", null)).getJsonObject(0);
        for (int i = 0; i < 50 && !lastAudit.getString("action").startsWith("WRITE"); i++) {
            Thread.sleep(100);
            lastAudit = array(send("GET", "model/audit?limit=1", null)).getJsonObject(0);
        }
        assertThat(lastAudit.getString("actor")).isEqualTo("token:it ADMIN");
        if (write.statusCode() == 200) {
            assertThat(lastAudit.getString("action")).isEqualTo("WRITE");
            assertThat(lastAudit.getString("before")).as(lastAudit.toString()).contains("\"value\"");
        } else {
            assertThat(write.statusCode()).isEqualTo(400);
            assertThat(object(write).getString("error")).contains("write of 1 to tag");
            assertThat(lastAudit.getString("action")).isEqualTo("WRITE_FAILED");
        }
        assertThat(lastAudit.getString("key")).contains(state.getString("node"));
    }

    @Test
    void servesThePublishedSchemaAndTheAuditTrail() throws Exception {
        HttpResponse<String> schema = send("GET", "model/schema", null);
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("taktline-asset-model/1");

        String endpoint = "audit-probe-" + System.nanoTime();
        assertThat(send(
                                "PUT",
                                "model",
                                "{\"endpoints\": [{\"name\": \"" + endpoint
                                        + "\", \"url\": \"opc.tcp://probe:4840\"}]}")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> audit = send("GET", "model/audit?limit=5", null);
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(array(audit).getValuesAs(JsonObject.class)).first().satisfies(entry -> {
            assertThat(entry.getString("action")).isEqualTo("CREATE");
            assertThat(entry.getString("key")).isEqualTo(endpoint);
            assertThat(entry.getString("actor")).isEqualTo("token:it ADMIN");
            assertThat(entry.getString("after")).contains("opc.tcp://probe:4840");
        });
    }
}
