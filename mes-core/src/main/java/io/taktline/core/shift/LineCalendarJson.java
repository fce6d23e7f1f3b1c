package io.taktline.core.shift;

import io.taktline.core.document.LinedJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A line calendar as JSON, the form the REST API takes and the database keeps:
 *
 * <pre>{@code
 * {"name": "three shifts", "zone": "Europe/Berlin",
 *  "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
 *  "crews": ["A", "B", "C"], "rotationStart": "2026-01-05",
 *  "shifts": [{"name": "EARLY", "start": "06:00", "lengthMinutes": 480, "demand": 420,
 *              "breaks": [{"name": "breakfast", "afterMinutes": 120, "lengthMinutes": 15}]}],
 *  "nonProductionDays": ["2026-12-24"]}
 * }</pre>
 *
 * Reading refuses what it does not understand, naming the field and what to write instead.
 */
public final class LineCalendarJson {

    private static final Set<String> CALENDAR_FIELDS =
            Set.of("name", "zone", "workingDays", "crews", "rotationStart", "shifts", "nonProductionDays");
    private static final Set<String> SHIFT_FIELDS = Set.of("name", "start", "lengthMinutes", "demand", "breaks");
    private static final Set<String> BREAK_FIELDS = Set.of("name", "afterMinutes", "lengthMinutes");

    private LineCalendarJson() {}

    public static LineCalendar read(String json) {
        if (json != null && LinedJson.depth(json) > LinedJson.MAX_DEPTH) {
            throw refuse("the calendar nests deeper than " + LinedJson.MAX_DEPTH + " levels; a calendar needs three");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refuse("the calendar is " + value.getValueType().name().toLowerCase(Locale.ROOT)
                        + ", not a JSON object; send an object with name, zone, workingDays, crews, shifts"
                        + " and nonProductionDays");
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw refuse(
                    "the calendar is not valid JSON at line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + " (" + e.getMessage() + ")");
        } catch (JsonException e) {
            throw refuse("the calendar is not valid JSON (" + e.getMessage() + "); send a JSON object");
        }
        knownFields(root, "", CALENDAR_FIELDS);
        ZoneId zone = zone(root);
        List<ShiftDefinition> definitions = new ArrayList<>();
        Map<String, Integer> demand = new HashMap<>();
        JsonArray shifts = array(root, "shifts", "", true);
        for (int i = 0; i < shifts.size(); i++) {
            String at = "shifts[" + i + "].";
            JsonObject shift = object(shifts.get(i), "shifts[" + i + "]");
            knownFields(shift, at, SHIFT_FIELDS);
            ShiftDefinition definition = definition(shift, at);
            definitions.add(definition);
            if (shift.containsKey("demand") && !shift.isNull("demand")) {
                int units = integer(shift, "demand", at, 1, 1_000_000);
                demand.put(definition.name(), units);
            }
        }
        Set<DayOfWeek> workingDays = workingDays(root);
        List<String> crews = crews(root);
        LocalDate rotationStart = root.containsKey("rotationStart") && !root.isNull("rotationStart")
                ? date(root.get("rotationStart"), "rotationStart")
                : null;
        Set<LocalDate> nonProductionDays = new HashSet<>();
        JsonArray days = array(root, "nonProductionDays", "", false);
        for (int i = 0; i < days.size(); i++) {
            nonProductionDays.add(date(days.get(i), "nonProductionDays[" + i + "]"));
        }
        try {
            ShiftPattern pattern = new ShiftPattern(
                    text(root, "name", "", false, "3 shifts"), definitions, workingDays, crews, rotationStart);
            return new LineCalendar(pattern, zone, nonProductionDays, demand);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    public static String write(LineCalendar calendar) {
        ShiftPattern pattern = calendar.pattern();
        JsonArrayBuilder shifts = Json.createArrayBuilder();
        for (ShiftDefinition definition : pattern.shifts()) {
            JsonArrayBuilder breaks = Json.createArrayBuilder();
            for (BreakTime pause : definition.breaks()) {
                JsonObjectBuilder b = Json.createObjectBuilder();
                if (pause.name() != null) {
                    b.add("name", pause.name());
                }
                breaks.add(b.add("afterMinutes", pause.offset().toMinutes())
                        .add("lengthMinutes", pause.length().toMinutes()));
            }
            JsonObjectBuilder shift = Json.createObjectBuilder()
                    .add("name", definition.name())
                    .add("start", definition.start().toString())
                    .add("lengthMinutes", definition.length().toMinutes());
            calendar.standardDemand(definition.name()).ifPresent(d -> shift.add("demand", d));
            shifts.add(shift.add("breaks", breaks));
        }
        JsonArrayBuilder days = Json.createArrayBuilder();
        pattern.workingDays().stream().sorted().forEach(d -> days.add(d.name()));
        JsonArrayBuilder crews = Json.createArrayBuilder();
        pattern.crews().forEach(crews::add);
        JsonArrayBuilder off = Json.createArrayBuilder();
        calendar.nonProductionDays().stream().sorted().forEach(d -> off.add(d.toString()));
        return Json.createObjectBuilder()
                .add("name", pattern.name())
                .add("zone", calendar.zone().getId())
                .add("workingDays", days)
                .add("crews", crews)
                .add("rotationStart", pattern.rotationStart().toString())
                .add("shifts", shifts)
                .add("nonProductionDays", off)
                .build()
                .toString();
    }

    private static ShiftDefinition definition(JsonObject shift, String at) {
        String name = text(shift, "name", at, true, null);
        String startText = text(shift, "start", at, true, null);
        LocalTime start;
        try {
            start = LocalTime.parse(startText);
        } catch (DateTimeException e) {
            throw refuse(at + "start is '" + startText + "', not a time of day; write it like 06:00");
        }
        Duration length = Duration.ofMinutes(integer(shift, "lengthMinutes", at, 1, 24 * 60));
        List<BreakTime> breaks = new ArrayList<>();
        JsonArray pauses = array(shift, "breaks", at, false);
        for (int j = 0; j < pauses.size(); j++) {
            String bat = at + "breaks[" + j + "].";
            JsonObject pause = object(pauses.get(j), at + "breaks[" + j + "]");
            knownFields(pause, bat, BREAK_FIELDS);
            String breakName = text(pause, "name", bat, false, "break " + (j + 1));
            try {
                breaks.add(new BreakTime(
                        breakName,
                        Duration.ofMinutes(integer(pause, "afterMinutes", bat, 0, 24 * 60)),
                        Duration.ofMinutes(integer(pause, "lengthMinutes", bat, 1, 24 * 60))));
            } catch (IllegalArgumentException e) {
                throw refuse(bat + " " + e.getMessage());
            }
        }
        try {
            return new ShiftDefinition(name, start, length, breaks);
        } catch (IllegalArgumentException e) {
            throw refuse(at.substring(0, at.length() - 1) + ": " + e.getMessage());
        }
    }

    private static ZoneId zone(JsonObject root) {
        String zone = text(root, "zone", "", true, null);
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw refuse("zone is '" + zone + "', not a time zone; write a region like Europe/Berlin or UTC");
        }
    }

    private static Set<DayOfWeek> workingDays(JsonObject root) {
        JsonArray days = array(root, "workingDays", "", true);
        Set<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            String day = days.get(i) instanceof JsonString s
                    ? s.getString()
                    : days.get(i).toString();
            try {
                workingDays.add(DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw refuse("workingDays[" + i + "] is '" + day + "', not a day of the week; write MONDAY to SUNDAY");
            }
        }
        return workingDays;
    }

    private static List<String> crews(JsonObject root) {
        JsonArray array = array(root, "crews", "", false);
        List<String> crews = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString crew) || crew.getString().isBlank()) {
                throw refuse("crews[" + i + "] is " + array.get(i) + "; give each crew's name as a text, like \"A\"");
            }
            if (crews.contains(crew.getString())) {
                throw refuse("crews[" + i + "] names crew '" + crew.getString() + "' a second time; name each once");
            }
            crews.add(crew.getString());
        }
        return crews;
    }

    private static LocalDate date(JsonValue value, String field) {
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw refuse(field + " is '" + text + "', not a date; write it like 2026-12-24");
        }
    }

    private static void knownFields(JsonObject object, String at, Set<String> known) {
        for (String field : object.keySet()) {
            if (!known.contains(field)) {
                throw refuse(at + field + " is not a field of a calendar" + (at.isEmpty() ? "" : "'s " + kind(at))
                        + "; the fields are " + known.stream().sorted().toList());
            }
        }
    }

    private static String kind(String at) {
        return at.contains("breaks[") ? "break" : "shift";
    }

    private static String text(JsonObject object, String field, String at, boolean required, String otherwise) {
        if (!object.containsKey(field) || object.isNull(field)) {
            if (required) {
                throw refuse(at + field + " is missing; " + example(field));
            }
            return otherwise;
        }
        if (!(object.get(field) instanceof JsonString text) || text.getString().isBlank()) {
            throw refuse(at + field + " is " + object.get(field) + ", not a text; " + example(field));
        }
        return text.getString().trim();
    }

    private static int integer(JsonObject object, String field, String at, int min, int max) {
        if (!object.containsKey(field) || object.isNull(field)) {
            throw refuse(at + field + " is missing; give a whole number from " + min + " to " + max);
        }
        if (!(object.get(field) instanceof JsonNumber number)
                || !number.isIntegral()
                || number.longValue() < min
                || number.longValue() > max) {
            throw refuse(at + field + " is " + object.get(field) + "; give a whole number from " + min + " to " + max);
        }
        return number.intValue();
    }

    private static JsonArray array(JsonObject object, String field, String at, boolean required) {
        if (!object.containsKey(field) || object.isNull(field)) {
            if (required) {
                throw refuse(at + field + " is missing; " + example(field));
            }
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (object.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            throw refuse(at + field + " is " + object.get(field) + ", not a list; " + example(field));
        }
        return object.getJsonArray(field);
    }

    private static JsonObject object(JsonValue value, String field) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refuse(field + " is " + value + ", not an object; " + example(field));
        }
        return value.asJsonObject();
    }

    private static String example(String field) {
        return switch (field.replaceAll("\\[\\d+]", "")) {
            case "zone" -> "give the time zone the shift times are in, like \"Europe/Berlin\" or \"UTC\"";
            case "workingDays" -> "list the days the pattern runs, like [\"MONDAY\", \"TUESDAY\"]";
            case "shifts" ->
                "list the shifts, like [{\"name\": \"EARLY\", \"start\": \"06:00\", \"lengthMinutes\": 480}]";
            case "start" -> "give the time of day the shift starts, like \"06:00\"";
            case "name" -> "give a name, like \"EARLY\"";
            case "breaks" -> "list the breaks, like [{\"afterMinutes\": 120, \"lengthMinutes\": 15}]";
            default -> "see the example in the API description";
        };
    }

    private static ShiftPlanningException refuse(String message) {
        return ShiftPlanningException.badInput("calendar: " + message);
    }
}
