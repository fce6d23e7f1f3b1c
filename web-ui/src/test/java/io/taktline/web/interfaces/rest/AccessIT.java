package io.taktline.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.access.Role;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and roles over the real WAR: every endpoint of the application's own table refuses
 * anonymous calls (401) and the role below its own (403), both as the API's JSON problem, and lets
 * its own role through; the session's CSRF token; escaped text; the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL app;

    @Deployment(testable = false)
    static WebArchive taktline() {
        return TaktlineWar.built();
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.toURI().resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(500);
        return true;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static Role below(Role role) {
        return Role.values()[role.ordinal() - 1];
    }

    @Test
    void everyEndpointRefusesAnonymousAndTheRoleBelowAndLetsItsOwnRoleThrough() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (EndpointTable.Endpoint endpoint : EndpointTable.all()) {
            if (endpoint.declared().anonymous()) {
                continue;
            }
            String path = "api/v1" + endpoint.concretePath();
            Role role = endpoint.declared().role().orElseThrow();
            // An event stream is asked for as one: the refusal must come before the stream opens. Its own
            // role is checked with a JSON Accept (406), so that the check does not wait on an endless stream.
            Map<String, String> accept = endpoint.streams() ? Map.of("Accept", MediaType.SERVER_SENT_EVENTS) : Map.of();
            HttpResponse<String> anonymous = send(endpoint.method(), path, null, accept);
            if (anonymous.statusCode() != 401 || !anonymous.body().contains("\"status\":401")) {
                wrong.add(endpoint + " anonymous: " + anonymous.statusCode() + " " + anonymous.body());
            }
            if (role != Role.BOARD) {
                HttpResponse<String> lower = send(
                        endpoint.method(),
                        path,
                        null,
                        with(
                                accept,
                                "Authorization",
                                TestAccess.bearer(app, below(role).name())));
                if (lower.statusCode() != 403 || !lower.body().contains("\"status\":403")) {
                    wrong.add(endpoint + " as " + below(role) + ": " + lower.statusCode() + " " + lower.body());
                }
            }
            if (!endpoint.path().equals("/session")) {
                HttpResponse<String> own = send(
                        endpoint.method(), path, null, Map.of("Authorization", TestAccess.bearer(app, role.name())));
                if (own.statusCode() == 401
                        || own.statusCode() == 403
                        || own.statusCode() >= 500
                        || !own.headers().firstValue("Content-Type").orElse("").contains("json")
                                && own.statusCode() != 204) {
                    wrong.add(endpoint + " as " + role + ": " + own.statusCode() + " " + own.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anUnknownTokenIs401AndNamesWhatToDo() throws Exception {
        HttpResponse<String> answer = send("GET", "api/v1/assets", null, Map.of("Authorization", "Bearer tkl_nothing"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("unknown, revoked or expired");
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("Bearer"));
    }

    @Test
    void aChangeMadeWithTheSessionCookieNeedsTheSessionsCsrfToken() throws Exception {
        HttpResponse<String> signedIn = send(
                "POST",
                "api/v1/session",
                "{\"username\": \"admin\", \"password\": \"" + TestAccess.ADMIN_PASSWORD + "\"}",
                Map.of());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("TAKTLINE_SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String session = cookie.split(";")[0];
        String csrf = TestAccess.object(signedIn.body()).getString("csrfToken");
        String token = "{\"kind\": \"API\", \"name\": \"csrf check\", \"role\": \"VIEWER\", \"validDays\": 1}";

        HttpResponse<String> without = send("POST", "api/v1/tokens", token, Map.of("Cookie", session));
        HttpResponse<String> forged =
                send("POST", "api/v1/tokens", token, Map.of("Cookie", session, "X-CSRF-Token", "x"));
        HttpResponse<String> with =
                send("POST", "api/v1/tokens", token, Map.of("Cookie", session, "X-CSRF-Token", csrf));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("X-CSRF-Token");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).isEqualTo(201);
        assertThat(send("GET", "api/v1/tokens", null, Map.of("Cookie", session)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWrongPasswordIs401AndTheAuditTrailNamesWhoSignedIn() throws Exception {
        HttpResponse<String> wrong =
                send("POST", "api/v1/session", "{\"username\": \"admin\", \"password\": \"not it at all\"}", Map.of());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("not right").doesNotContain("Exception");
        HttpResponse<String> audit = send(
                "GET",
                "api/v1/audit?user=admin&entity=user&limit=50",
                null,
                Map.of("Authorization", TestAccess.admin(app)));
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("SIGN_IN_FAILED", "\"actor\":\"admin\"");
    }

    @Test
    void aScriptTagInANameIsTextOnTheBoardAndInTheApi() throws Exception {
        String admin = TestAccess.admin(app);
        JsonObject line = TestAccess.object("{\"a\":"
                        + send("GET", "api/v1/assets?level=LINE", null, Map.of("Authorization", admin))
                                .body() + "}")
                .getJsonArray("a")
                .getJsonObject(0);
        HttpResponse<String> created = send(
                "POST",
                "api/v1/assets/" + line.getJsonNumber("id") + "/children",
                "{\"code\": \"XSS-1\", \"name\": \"<script>alert(1)</script>\", \"level\": \"WORK_CELL\"}",
                Map.of("Authorization", admin));
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        assertThat(TestAccess.object(created.body()).getString("name")).isEqualTo("<script>alert(1)</script>");
        assertThat(created.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> kiosk = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve("kiosk/" + TestAccess.secret(app, "BOARD")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(kiosk.statusCode()).isEqualTo(302);
        String session = kiosk.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> board;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            board = HTTP.send(
                    HttpRequest.newBuilder(app.toURI().resolve("index.xhtml"))
                            .header("Cookie", session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (!board.body().contains("data-station=\"XSS-1\"") && System.nanoTime() < until && sleep());

        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body())
                .contains("data-station=\"XSS-1\"", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(board.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(board.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(board.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void anAnonymousPageVisitGoesToSignInAndARevokedScreenLinkStopsWorking() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve("index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("login.xhtml?next="));

        String admin = TestAccess.admin(app);
        HttpResponse<String> issued = send(
                "POST",
                "api/v1/tokens",
                "{\"kind\": \"SCREEN\", \"name\": \"Body line 1 TV\", \"validDays\": 30}",
                Map.of("Authorization", admin));
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonObject screen = TestAccess.object(issued.body());
        URI link = URI.create(screen.getString("boardLink"));
        assertThat(screen.getJsonObject("token").getString("role")).isEqualTo("BOARD");
        assertThat(link.getPath()).isEqualTo(app.getPath() + "kiosk/" + screen.getString("secret"));
        HttpResponse<String> opened = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve(link.getPath())).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = opened.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        send(
                "DELETE",
                "api/v1/tokens/" + screen.getJsonObject("token").getJsonNumber("id"),
                null,
                Map.of("Authorization", admin));
        Thread.sleep(6_000);
        HttpResponse<String> after = HTTP.send(
                HttpRequest.newBuilder(app.toURI().resolve("index.xhtml"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(app.toURI().resolve(link.getPath()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }
}
