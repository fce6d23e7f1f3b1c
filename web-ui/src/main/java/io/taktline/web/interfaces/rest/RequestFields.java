package io.taktline.web.interfaces.rest;

import io.taktline.core.document.LinedJson;
import io.taktline.core.document.TextLimits;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Reads a request's body and parameters, answering what is wrong with a 400 that names the input
 * and shows what to send: JAX-RS's own conversions answer 404 or ignore bad values instead.
 */
final class RequestFields {

    private RequestFields() {}

    /** The body as a JSON object; {@code example} shows what to send. */
    static JsonObject object(String body, String example) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("the body is empty; send " + example);
        }
        int depth = LinedJson.depth(body);
        if (depth > LinedJson.MAX_DEPTH) {
            throw ApiProblem.badRequest("the body nests " + depth + " levels deep; no request needs more than "
                    + LinedJson.MAX_DEPTH + ": send " + example);
        }
        JsonValue value;
        try {
            value = Json.createReader(new StringReader(body)).readValue();
        } catch (JsonException e) {
            throw ApiProblem.badRequest("the body is not JSON (" + e.getMessage() + "); send " + example);
        }
        if (!(value instanceof JsonObject object)) {
            throw ApiProblem.badRequest("the body is " + value.getValueType() + ", not an object; send " + example);
        }
        return object;
    }

    /** A non-blank string field of one line, at most {@link TextLimits#TEXT} characters. */
    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            String found = value == null ? "missing" : value.toString();
            throw ApiProblem.badRequest("field '" + name + "' is "
                    + (found.length() > 60 ? found.substring(0, 60) + "…" : found)
                    + "; give it as a non-empty string");
        }
        try {
            return TextLimits.line("field '" + name + "'", text.getString().strip(), TextLimits.TEXT);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    /** A string field that may be left out (then {@code fallback}). */
    static String optionalText(JsonObject object, String name, String fallback) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? fallback : text(object, name);
    }
}
