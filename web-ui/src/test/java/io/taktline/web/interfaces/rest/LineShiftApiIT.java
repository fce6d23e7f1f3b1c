package io.taktline.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shift calendars, shifts, overtime, plans and takt of the demo plant's lines over the REST API of
 * the real WAR. The takt test reads the first line; the tests that change things use the others.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LineShiftApiIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
    }

    private Answer send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.toURI().resolve("api/v1/" + path))
                .header("Authorization", TestAccess.admin(app))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private Answer get(String path) throws Exception {
        return send("GET", path, null);
    }

    private List<JsonObject> lines() throws Exception {
        return get("assets?level=LINE").array().getValuesAs(JsonObject.class);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    @Test
    void everyDemoLineHasThreeShiftsADayWithTheSimulatorsBreaks() throws Exception {
        for (JsonObject line : lines()) {
            Answer answer = get("lines/" + id(line) + "/calendar");

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonObject calendar = answer.object();
            assertThat(calendar.getString("zone")).isEqualTo("UTC");
            assertThat(calendar.getJsonArray("workingDays")).hasSize(7);
            assertThat(calendar.getJsonArray("crews").getValuesAs(JsonValue::toString))
                    .containsExactly("\"A\"", "\"B\"", "\"C\"");
            List<JsonObject> shifts = calendar.getJsonArray("shifts").getValuesAs(JsonObject.class);
            assertThat(shifts).extracting(s -> s.getString("start")).containsExactly("06:00", "14:00", "22:00");
            assertThat(shifts).allSatisfy(s -> {
                assertThat(s.getInt("lengthMinutes")).isEqualTo(480);
                assertThat(s.getJsonArray("breaks").getValuesAs(JsonObject.class))
                        .extracting(b -> b.getInt("afterMinutes") + "+" + b.getInt("lengthMinutes"))
                        .containsExactly("120+15", "240+30", "375+15");
            });
        }
    }

    @Test
    void taktFiguresAgreeWithTheStoredShiftAndTheCountedParts() throws Exception {
        // Every line, until one has counted parts in its shift (the simulator has only just started).
        long counted = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (counted == 0 && System.nanoTime() < deadline) {
            for (JsonObject line : lines()) {
                counted += checkTakt(line);
            }
            Thread.sleep(counted == 0 ? 5_000 : 0);
        }
        assertThat(counted)
                .as("parts counted by the lines' last stations within 2 minutes")
                .isPositive();
    }

    /** Checks the line's takt answer against a computation from its stored shift and counted parts. */
    private long checkTakt(JsonObject line) throws Exception {
        JsonObject takt = null;
        JsonObject shift = null;
        long produced = -1;
        Instant at = null;
        for (int attempt = 0;
                attempt < 5 && (takt == null || takt.getJsonNumber("actual").longValue() != produced);
                attempt++) {
            // A moment a few seconds back, so the parts counted up to it are all stored.
            at = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            Answer answer = get("lines/" + id(line) + "/takt?at=" + at);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            takt = answer.object();
            shift = get("lines/" + id(line) + "/shifts?from=" + at + "&to=" + at.plusSeconds(1))
                    .array()
                    .getJsonObject(0);
            long station =
                    takt.getJsonObject("countingStation").getJsonNumber("id").longValue();
            Answer kpis = get("kpis?asset=" + station + "&from=" + shift.getString("start") + "&to=" + at);
            assertThat(kpis.status()).as(kpis.body()).isEqualTo(200);
            produced = kpis.object().getJsonNumber("produced").longValue();
        }

        // Independently: net time from the stored shift and its breaks, demand from its plan.
        Instant start = Instant.parse(shift.getString("start"));
        Instant end = Instant.parse(shift.getString("end"));
        long net = Duration.between(start, end).toSeconds();
        long elapsed = Duration.between(start, at).toSeconds();
        for (JsonObject pause : shift.getJsonArray("breaks").getValuesAs(JsonObject.class)) {
            Instant from = Instant.parse(pause.getString("start"));
            Instant to = Instant.parse(pause.getString("end"));
            net -= Duration.between(from, to).toSeconds();
            if (from.isBefore(at)) {
                elapsed -= Duration.between(from, to.isBefore(at) ? to : at).toSeconds();
            }
        }
        long demand = shift.getJsonNumber("demand").longValue();
        double taktSeconds = net / (double) demand;
        long shouldBe = Math.min(demand, (long) Math.floor(elapsed / taktSeconds));

        assertThat(takt.getJsonObject("shift").getJsonNumber("id").longValue()).isEqualTo(id(shift));
        assertThat(takt.getJsonObject("shift").getString("crew")).isEqualTo(shift.getString("crew"));
        assertThat(takt.getString("line")).isEqualTo(line.getString("path"));
        assertThat(takt.getJsonNumber("taktSeconds").doubleValue()).isCloseTo(taktSeconds, within(1e-6));
        assertThat(takt.getJsonNumber("planned").longValue()).isEqualTo(demand);
        assertThat(takt.getJsonNumber("shouldBe").longValue()).isEqualTo(shouldBe);
        assertThat(takt.getJsonNumber("actual").longValue()).isEqualTo(produced);
        assertThat(takt.getJsonNumber("gap").longValue()).isEqualTo(produced - shouldBe);
        assertThat(takt.getJsonNumber("adherence").doubleValue())
                .isEqualTo(shouldBe == 0 ? 1.0 : produced / (double) shouldBe);
        // The demo plan: 85 % of what the slowest station could make at its ideal cycle time.
        double slowest = slowestIdealCycleSeconds(line.getString("path"));
        assertThat(demand).isEqualTo((long) Math.floor(net / slowest * 0.85));
        System.out.printf("takt of %s at %s: %s%n", line.getString("path"), at, takt);
        return produced;
    }

    @Test
    void answersTaktOnlyForLinesAndSaysWhatIsWrong() throws Exception {
        JsonObject station = get("assets?level=WORK_CELL").array().getJsonObject(0);

        Answer notALine = get("lines/" + id(station) + "/takt");
        Answer unknown = get("lines/987654321/takt");
        Answer badInstant = get("lines/" + id(lines().get(0)) + "/takt?at=yesterday");

        assertThat(notALine.status()).isEqualTo(400);
        assertThat(notALine.object().getString("error"))
                .contains(station.getString("path"))
                .contains("is a WORK_CELL, not a LINE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.object().getString("error")).contains("query parameter at is 'yesterday'");
    }

    @Test
    void aBadCalendarIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        long line = id(lines().get(1));
        String before = get("lines/" + line + "/calendar").body();
        List<JsonObject> shiftsBefore = upcoming(line);

        Answer answer = send("PUT", "lines/" + line + "/calendar", before.replace("\"14:00\"", "\"14:75\""));
        Answer overlapping = send("PUT", "lines/" + line + "/calendar", before.replace("\"14:00\"", "\"13:00\""));
        Answer notJson = send("PUT", "lines/" + line + "/calendar", "{\"zone\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.object().getString("error"))
                .isEqualTo("calendar: shifts[1].start is '14:75', not a time of day; write it like 06:00");
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.object().getString("error"))
                .contains("'EARLY'")
                .contains("'LATE'")
                .contains("overlap");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(get("lines/" + line + "/calendar").body()).isEqualTo(before);
        assertThat(upcoming(line)).isEqualTo(shiftsBefore);
    }

    @Test
    void aNonProductionDayTakesOutItsShiftsAndMakesRoomForOvertime() throws Exception {
        long line = id(lines().get(2));
        JsonObject calendar = get("lines/" + line + "/calendar").object();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        String changed = Json.createObjectBuilder(calendar)
                .add("nonProductionDays", Json.createArrayBuilder().add(day.toString()))
                .build()
                .toString();
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        JsonObject running = get("lines/" + line + "/takt").object().getJsonObject("shift");

        Answer put = send("PUT", "lines/" + line + "/calendar", changed);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.object().getJsonArray("removed").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("start"))
                .containsExactly(
                        dayStart.plus(Duration.ofHours(6)).toString(),
                        dayStart.plus(Duration.ofHours(14)).toString(),
                        dayStart.plus(Duration.ofHours(22)).toString());
        assertThat(get("lines/" + line + "/shifts?from=" + dayStart.plus(Duration.ofHours(6)) + "&to="
                                + dayStart.plus(Duration.ofHours(24)))
                        .array())
                .isEmpty();
        // The running shift is not touched.
        assertThat(get("lines/" + line + "/takt")
                        .object()
                        .getJsonObject("shift")
                        .getJsonNumber("id"))
                .isEqualTo(running.getJsonNumber("id"));

        String overtime = "{\"name\": \"EXTRA\", \"crew\": \"B\", \"start\": \"" + dayStart.plus(Duration.ofHours(8))
                + "\", \"end\": \"" + dayStart.plus(Duration.ofHours(12)) + "\", \"breaks\": [{\"start\": \""
                + dayStart.plus(Duration.ofHours(10)) + "\", \"end\": \"" + dayStart.plus(Duration.ofMinutes(615))
                + "\"}], \"demand\": 100}";
        Answer added = send("POST", "lines/" + line + "/overtime", overtime);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.object().getBoolean("overtime")).isTrue();
        assertThat(added.object().getInt("netAvailableSeconds")).isEqualTo(4 * 3600 - 900);
        assertThat(added.object().getJsonNumber("taktSeconds").doubleValue()).isEqualTo((4 * 3600 - 900) / 100.0);

        Answer again = send("POST", "lines/" + line + "/overtime", overtime.replace("EXTRA", "EXTRA2"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getJsonObject("clashingShift").getJsonNumber("id"))
                .isEqualTo(added.object().getJsonNumber("id"));

        assertThat(send("DELETE", "lines/" + line + "/shifts/" + id(added.object()), null)
                        .status())
                .isEqualTo(204);
        assertThat(get("model/audit?limit=20").body())
                .contains("shift_calendar")
                .contains("EXTRA");
    }

    @Test
    void overtimeOverlappingTheRunningShiftIsRefusedWithTheClashingShift() throws Exception {
        long line = id(lines().get(3));
        JsonObject running = get("lines/" + line + "/takt").object().getJsonObject("shift");
        Instant end = Instant.parse(running.getString("end"));
        List<JsonObject> before = upcoming(line);

        Answer answer = send(
                "POST",
                "lines/" + line + "/overtime",
                "{\"name\": \"EXTENSION\", \"start\": \"" + end.minus(Duration.ofMinutes(30)) + "\", \"end\": \""
                        + end.plus(Duration.ofHours(1)) + "\"}");
        Answer badBreak = send(
                "POST",
                "lines/" + line + "/overtime",
                "{\"name\": \"X\", \"start\": \"2030-01-05T06:00:00Z\", \"end\": \"2030-01-05T08:00:00Z\","
                        + " \"breaks\": [{\"start\": \"2030-01-05T07:30:00Z\", \"end\": \"2030-01-05T09:00:00Z\"}]}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.object().getString("error"))
                .contains("overtime 'EXTENSION'")
                .contains("overlaps shift " + running.getString("name") + " (id " + running.getJsonNumber("id"));
        assertThat(answer.object().getJsonObject("clashingShift").getJsonNumber("id"))
                .isEqualTo(running.getJsonNumber("id"));
        assertThat(badBreak.status()).isEqualTo(400);
        assertThat(badBreak.object().getString("error")).contains("is not inside the overtime");
        assertThat(upcoming(line)).isEqualTo(before);
    }

    @Test
    void aPlannerSetsTheDemandOfAShiftAllOrNothing() throws Exception {
        long line = id(lines().get(4));
        List<JsonObject> plan = get("lines/" + line + "/plan?from=" + Instant.now() + "&to="
                        + Instant.now().plus(Duration.ofDays(2)))
                .array()
                .getValuesAs(JsonObject.class);
        JsonObject next = plan.get(1);
        long nextId = next.getJsonNumber("shiftId").longValue();
        int standard = next.getInt("demand");

        Answer bad = send(
                "PUT",
                "lines/" + line + "/plan",
                "[{\"shiftId\": " + nextId + ", \"demand\": 300}, {\"shiftId\": " + nextId + "1, \"demand\": 300}]");
        Answer negative = send("PUT", "lines/" + line + "/plan", "[{\"shiftId\": " + nextId + ", \"demand\": -3}]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getString("error")).contains("no shift with id " + nextId + "1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.object().getString("error")).contains("plan[0].demand is -3");
        assertThat(planOf(line, nextId).getInt("demand")).isEqualTo(standard);

        Answer good = send("PUT", "lines/" + line + "/plan", "[{\"shiftId\": " + nextId + ", \"demand\": 300}]");

        assertThat(good.status()).as(good.body()).isEqualTo(200);
        JsonObject planned = planOf(line, nextId);
        assertThat(planned.getInt("demand")).isEqualTo(300);
        assertThat(planned.getBoolean("standardDemand")).isFalse();
        assertThat(planned.getJsonNumber("taktSeconds").doubleValue())
                .isEqualTo(planned.getInt("netAvailableSeconds") / 300.0);
    }

    private JsonObject planOf(long line, long shiftId) throws Exception {
        return get("lines/" + line + "/plan?from=" + Instant.now() + "&to="
                        + Instant.now().plus(Duration.ofDays(2)))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getJsonNumber("shiftId").longValue() == shiftId)
                .findFirst()
                .orElseThrow();
    }

    private List<JsonObject> upcoming(long line) throws Exception {
        return get("lines/" + line + "/shifts?from=" + Instant.now().truncatedTo(ChronoUnit.DAYS) + "&to="
                        + Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(14)))
                .array()
                .getValuesAs(JsonObject.class);
    }

    /** The largest idealCycleTimeSeconds among the stations of the line, from the exported model. */
    private double slowestIdealCycleSeconds(String linePath) throws Exception {
        JsonObject model = get("model").object();
        JsonArray level = model.getJsonArray("assets");
        JsonObject node = null;
        for (String code : linePath.split("/")) {
            node = level.getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("code").equals(code))
                    .findFirst()
                    .orElseThrow();
            level = node.getJsonArray("children");
        }
        return level.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("level").equals("WORK_CELL"))
                .filter(a -> a.containsKey("attributes"))
                .mapToDouble(
                        a -> Double.parseDouble(a.getJsonObject("attributes").getString("idealCycleTimeSeconds")))
                .max()
                .orElseThrow();
    }
}
