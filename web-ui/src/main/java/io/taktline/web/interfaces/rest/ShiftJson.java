package io.taktline.web.interfaces.rest;

import io.taktline.core.document.LinedJson;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftDiff;
import io.taktline.core.takt.Takt;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of the shift, overtime and plan endpoints, in and out; what cannot be read is a 400 naming the field. */
final class ShiftJson {

    private ShiftJson() {}

    static JsonObject shift(ScheduledShift scheduled) {
        Shift shift = scheduled.shift();
        JsonArrayBuilder breaks = Json.createArrayBuilder();
        shift.breaks()
                .forEach(b -> breaks.add(Json.createObjectBuilder()
                        .add("start", b.start().toString())
                        .add("end", b.end().toString())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", scheduled.id())
                .add("lineId", scheduled.lineId())
                .add("line", shift.line())
                .add("name", shift.name())
                .add("crew", text(shift.crew()))
                .add("start", shift.start().toString())
                .add("end", shift.end().toString())
                .add("overtime", scheduled.overtime())
                .add("breaks", breaks)
                .add("netAvailableSeconds", shift.netAvailableTime().toSeconds());
        return plan(json, scheduled).build();
    }

    static JsonObject planEntry(ScheduledShift scheduled) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("shiftId", scheduled.id())
                .add("name", scheduled.shift().name())
                .add("start", scheduled.shift().start().toString())
                .add("end", scheduled.shift().end().toString())
                .add("netAvailableSeconds", scheduled.shift().netAvailableTime().toSeconds());
        return plan(json, scheduled).build();
    }

    private static JsonObjectBuilder plan(JsonObjectBuilder json, ScheduledShift scheduled) {
        if (scheduled.demand() == null) {
            return json.add("demand", JsonValue.NULL)
                    .add("standardDemand", false)
                    .add("taktSeconds", JsonValue.NULL);
        }
        return json.add("demand", scheduled.demand())
                .add("standardDemand", scheduled.standardDemand())
                .add(
                        "taktSeconds",
                        Takt.of(scheduled.shift().netAvailableTime(), scheduled.demand())
                                .seconds());
    }

    static JsonArray shifts(List<ScheduledShift> shifts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        shifts.forEach(s -> array.add(shift(s)));
        return array.build();
    }

    /** What a new calendar changed: counts, and the shifts it removed and left out (with the reason). */
    static JsonObject change(JsonValue calendar, ShiftDiff diff) {
        JsonArrayBuilder removed = Json.createArrayBuilder();
        diff.removed().forEach(s -> removed.add(shift(s)));
        JsonArrayBuilder skipped = Json.createArrayBuilder();
        diff.skipped()
                .forEach(s -> skipped.add(Json.createObjectBuilder()
                        .add("name", s.shift().name())
                        .add("start", s.shift().start().toString())
                        .add("end", s.shift().end().toString())
                        .add("reason", "it would overlap " + s.clashing().describe())));
        return Json.createObjectBuilder()
                .add("calendar", calendar)
                .add("added", diff.added().size())
                .add("changed", diff.updated().size())
                .add("removed", removed)
                .add("skipped", skipped)
                .build();
    }

    static JsonValue read(String body, String what) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("the body is empty; send " + what);
        }
        if (LinedJson.depth(body) > LinedJson.MAX_DEPTH) {
            throw ApiProblem.badRequest("the body nests deeper than " + LinedJson.MAX_DEPTH + " levels; send " + what);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw ApiProblem.badRequest("the body is not valid JSON (" + e.getMessage() + "); send " + what);
        }
    }

    /** A plan: [{"shiftId": 12, "demand": 400}, ...]; a null demand removes the shift's plan. */
    static Map<Long, Integer> plan(String body) {
        String what = "a list like [{\"shiftId\": 12, \"demand\": 400}] (demand null removes a shift's plan)";
        JsonValue value = read(body, what);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiProblem.badRequest("plan: the body is not a list; send " + what);
        }
        Map<Long, Integer> plan = new LinkedHashMap<>();
        JsonArray entries = value.asJsonArray();
        for (int i = 0; i < entries.size(); i++) {
            String at = "plan[" + i + "].";
            if (entries.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiProblem.badRequest(at.substring(0, at.length() - 1) + " is not an object; send " + what);
            }
            JsonObject entry = entries.get(i).asJsonObject();
            if (!(entry.get("shiftId") instanceof JsonNumber id) || !id.isIntegral()) {
                throw ApiProblem.badRequest(at + "shiftId is " + entry.get("shiftId")
                        + "; give the id of one of the line's shifts (GET /api/v1/lines/{id}/shifts)");
            }
            if (!entry.containsKey("demand")) {
                throw ApiProblem.badRequest(
                        at + "demand is missing; give the units planned for the shift, or null to remove its plan");
            }
            if (plan.containsKey(id.longValue())) {
                throw ApiProblem.badRequest(at + "shiftId " + id + " is in the plan twice; give each shift once");
            }
            plan.put(id.longValue(), demand(entry, "demand", "plan[" + i + "]."));
        }
        if (plan.isEmpty()) {
            throw ApiProblem.badRequest("plan: the list is empty; send " + what);
        }
        return plan;
    }

    private static Integer demand(JsonObject json, String field, String at) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)
                || !number.isIntegral()
                || number.longValue() < 1
                || number.longValue() > 1_000_000) {
            throw ApiProblem.badRequest(at + field + " is " + value
                    + "; give a whole number of units from 1 to 1000000, or null for no plan");
        }
        return number.intValue();
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
