package io.taktline.core.document;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of the documents people upload (asset model, reason tree): JSON read with the line
 * of every value, so that a mistake is named by its line and field ({@code line 12,
 * assets[0].tags[2].role}) rather than by the field alone. Nesting deeper than {@link #MAX_DEPTH}
 * is refused before it can exhaust the stack; a text longer than {@link TextLimits#TEXT} or with a
 * control character other than a line break or tab is refused by its line.
 */
public sealed interface LinedJson {

    /** No document Taktline takes nests this deep; the asset model's ISA-95 levels need 14. */
    int MAX_DEPTH = 64;

    /** The line the value starts on, counted from 1. */
    long line();

    record Obj(Map<String, LinedJson> fields, long line) implements LinedJson {}

    record Arr(List<LinedJson> items, long line) implements LinedJson {}

    record Text(String value, long line) implements LinedJson {}

    record Num(BigDecimal value, long line) implements LinedJson {}

    record Bool(boolean value, long line) implements LinedJson {}

    record Null(long line) implements LinedJson {}

    /** How the document's owner refuses it: with its own exception, naming the line (0 when unknown). */
    @FunctionalInterface
    interface Refusal {
        RuntimeException refuse(String message, long line);
    }

    static LinedJson read(Reader json, Refusal refusal) {
        try (JsonParser parser = Json.createParser(json)) {
            if (!parser.hasNext()) {
                throw refusal.refuse("the document is empty; send a JSON object", 0);
            }
            return value(parser, parser.next(), 1, refusal);
        } catch (JsonParsingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw refusal.refuse(
                    "line " + line + ", column "
                            + (e.getLocation() == null ? 0 : e.getLocation().getColumnNumber())
                            + ": not valid JSON (" + e.getMessage() + ")",
                    line);
        } catch (JsonException e) {
            throw refusal.refuse("not valid JSON: " + e.getMessage(), 0);
        }
    }

    private static LinedJson value(JsonParser parser, JsonParser.Event event, int depth, Refusal refusal) {
        long line = parser.getLocation().getLineNumber();
        if (depth > MAX_DEPTH && (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY)) {
            throw refusal.refuse(
                    "line " + line + ": the document nests deeper than " + MAX_DEPTH + " levels; no document"
                            + " Taktline takes needs that many",
                    line);
        }
        return switch (event) {
            case START_OBJECT -> {
                Map<String, LinedJson> fields = new LinkedHashMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    fields.put(name, value(parser, parser.next(), depth + 1, refusal));
                }
                yield new Obj(fields, line);
            }
            case START_ARRAY -> {
                List<LinedJson> items = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    items.add(value(parser, next, depth + 1, refusal));
                }
                yield new Arr(items, line);
            }
            case VALUE_STRING -> {
                try {
                    yield new Text(
                            TextLimits.prose("line " + line + ": a text", parser.getString(), TextLimits.TEXT), line);
                } catch (IllegalArgumentException e) {
                    throw refusal.refuse(e.getMessage(), line);
                }
            }
            case VALUE_NUMBER -> new Num(parser.getBigDecimal(), line);
            case VALUE_TRUE -> new Bool(true, line);
            case VALUE_FALSE -> new Bool(false, line);
            case VALUE_NULL -> new Null(line);
            default -> throw refusal.refuse("line " + line + ": unexpected " + event, line);
        };
    }

    /** How deep the brackets of a JSON text nest, outside its strings: checked before a parser recurses. */
    static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /** The JSON type name people know, for messages. */
    static String kind(LinedJson value) {
        if (value instanceof Obj) {
            return "an object";
        } else if (value instanceof Arr) {
            return "a list";
        } else if (value instanceof Text) {
            return "a string";
        } else if (value instanceof Num) {
            return "a number";
        } else if (value instanceof Bool) {
            return "true/false";
        }
        return "null";
    }

    /** Absent or null. */
    static boolean isNull(LinedJson value) {
        return value == null || value instanceof Null;
    }
}
