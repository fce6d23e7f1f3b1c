package io.taktline.core.asset;

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
 * A JSON document read with the line of every value, so that an error in a model file names the
 * line and the field ({@code line 12, assets[0].tags[2].role}) instead of only the field.
 */
sealed interface JsonTree {

    /** The line the value starts on, counted from 1. */
    long line();

    record Obj(Map<String, JsonTree> fields, long line) implements JsonTree {}

    record Arr(List<JsonTree> items, long line) implements JsonTree {}

    record Text(String value, long line) implements JsonTree {}

    record Num(BigDecimal value, long line) implements JsonTree {}

    record Bool(boolean value, long line) implements JsonTree {}

    record Null(long line) implements JsonTree {}

    static JsonTree read(Reader json) {
        try (JsonParser parser = Json.createParser(json)) {
            if (!parser.hasNext()) {
                throw new AssetModelException("the document is empty; send a JSON object");
            }
            return value(parser, parser.next());
        } catch (JsonParsingException e) {
            throw new AssetModelException("line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ": not valid JSON (" + e.getMessage() + ")");
        } catch (JsonException e) {
            throw new AssetModelException("not valid JSON: " + e.getMessage());
        }
    }

    private static JsonTree value(JsonParser parser, JsonParser.Event event) {
        long line = parser.getLocation().getLineNumber();
        return switch (event) {
            case START_OBJECT -> {
                Map<String, JsonTree> fields = new LinkedHashMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    fields.put(name, value(parser, parser.next()));
                }
                yield new Obj(fields, line);
            }
            case START_ARRAY -> {
                List<JsonTree> items = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    items.add(value(parser, next));
                }
                yield new Arr(items, line);
            }
            case VALUE_STRING -> new Text(parser.getString(), line);
            case VALUE_NUMBER -> new Num(parser.getBigDecimal(), line);
            case VALUE_TRUE -> new Bool(true, line);
            case VALUE_FALSE -> new Bool(false, line);
            case VALUE_NULL -> new Null(line);
            default -> throw new AssetModelException("line " + line + ": unexpected " + event);
        };
    }

    /** The JSON type name people know, for messages. */
    static String kind(JsonTree value) {
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
}
