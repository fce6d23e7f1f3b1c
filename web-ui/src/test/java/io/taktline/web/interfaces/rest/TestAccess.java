package io.taktline.web.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials for the ITs that call the API as a client would: the first admin's password comes
 * from the build (taktline.it.admin.password, given to Payara Micro as TAKTLINE_ADMIN_PASSWORD);
 * signed in once per application, the admin issues API tokens of each role, sent as Bearer.
 */
public final class TestAccess {

    public static final String ADMIN_PASSWORD =
            System.getProperty("taktline.it.admin.password", "it_admin_password_2026");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestAccess() {}

    /** The {@code Authorization} header of a token with {@code role} (ADMIN, ENGINEER, … BOARD). */
    public static String bearer(URL app, String role) {
        return "Bearer " + secret(app, role);
    }

    /** A token's secret; for BOARD, a kiosk screen's, opened as {@code /kiosk/<secret>}. */
    public static String secret(URL app, String role) {
        return TOKENS.computeIfAbsent(app + " " + role, key -> issue(app, role));
    }

    /** An admin's Bearer header: what most ITs send. */
    public static String admin(URL app) {
        return bearer(app, "ADMIN");
    }

    private static String issue(URL app, String role) {
        try {
            URI base = app.toURI().resolve("api/v1/");
            HttpResponse<String> signedIn = HTTP.send(
                    HttpRequest.newBuilder(base.resolve("session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\": \"admin\", \"password\": \"" + ADMIN_PASSWORD + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 200) {
                throw new IllegalStateException(
                        "admin sign-in answered " + signedIn.statusCode() + ": " + signedIn.body());
            }
            String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                    .map(c -> c.split(";")[0])
                    .filter(c -> c.startsWith("TAKTLINE_SESSION="))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session cookie: " + signedIn.headers()));
            String csrf = object(signedIn.body()).getString("csrfToken");
            String kind = role.equals("BOARD") ? "SCREEN" : "API";
            HttpResponse<String> issued = HTTP.send(
                    HttpRequest.newBuilder(base.resolve("tokens"))
                            .header("Content-Type", "application/json")
                            .header("Cookie", cookie)
                            .header("X-CSRF-Token", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"" + kind + "\", \"name\": \"it "
                                    + role + "\", \"role\": \"" + role + "\", \"validDays\": 1}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (issued.statusCode() != 201) {
                throw new IllegalStateException(
                        "issuing a token answered " + issued.statusCode() + ": " + issued.body());
            }
            return object(issued.body()).getString("secret");
        } catch (Exception e) {
            throw new IllegalStateException("could not get a token for " + role + " from " + app, e);
        }
    }

    static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
