package io.taktline.web.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

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

    /** A non-blank string field. */
    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw ApiProblem.badRequest("field '" + name + "' is " + (value == null ? "missing" : value.toString())
                    + "; give it as a non-empty string");
        }
        return text.getString().strip();
    }

    static Instant instant(String input, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(
                    input + " is '" + text + "', not an ISO-8601 instant; write it like 2026-11-25T06:00:00Z");
        }
    }

    /** A true/false query parameter; absent is false. */
    static boolean flag(String parameter, String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiProblem.badRequest("query parameter " + parameter + " is '" + text + "'; give true or false");
    }
}
