package io.taktline.core.downtime;

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

/** A JSON document read with the line of every value, so that a mistake in it is named by its line. */
final class LinedJson {

    private LinedJson() {}

    sealed interface Node {
        long line();
    }

    record Obj(Map<String, Node> fields, long line) implements Node {}

    record Arr(List<Node> items, long line) implements Node {}

    /** A string, number (BigDecimal), boolean or null. */
    record Scalar(Object value, long line) implements Node {}

    static Node parse(Reader json) {
        try (JsonParser parser = Json.createParser(json)) {
            if (!parser.hasNext()) {
                throw new DowntimeException("the document is empty; send a JSON object");
            }
            return value(parser, parser.next());
        } catch (JsonParsingException e) {
            long line = e.getLocation().getLineNumber();
            throw new DowntimeException(
                    "line " + line + ", column " + e.getLocation().getColumnNumber() + ": not valid JSON ("
                            + e.getMessage() + ")",
                    line,
                    null);
        } catch (JsonException e) {
            throw new DowntimeException("not valid JSON: " + e.getMessage());
        }
    }

    static Node value(JsonParser parser, JsonParser.Event event) {
        long line = parser.getLocation().getLineNumber();
        return switch (event) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    fields.put(name, value(parser, parser.next()));
                }
                yield new Obj(fields, line);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    items.add(value(parser, next));
                }
                yield new Arr(items, line);
            }
            case VALUE_STRING -> new Scalar(parser.getString(), line);
            case VALUE_NUMBER -> new Scalar(parser.getBigDecimal(), line);
            case VALUE_TRUE -> new Scalar(Boolean.TRUE, line);
            case VALUE_FALSE -> new Scalar(Boolean.FALSE, line);
            case VALUE_NULL -> new Scalar(null, line);
            default -> throw new DowntimeException("line " + line + ": unexpected " + event, line, null);
        };
    }

    static String kind(Node node) {
        if (node instanceof Obj) {
            return "an object";
        } else if (node instanceof Arr) {
            return "a list";
        }
        Object value = ((Scalar) node).value();
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof BigDecimal) {
            return "a number";
        } else if (value instanceof Boolean) {
            return "true/false";
        }
        return "null";
    }

    static boolean isNull(Node node) {
        return node instanceof Scalar scalar && scalar.value() == null;
    }
}
