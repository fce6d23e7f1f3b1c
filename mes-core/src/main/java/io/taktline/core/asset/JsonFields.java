package io.taktline.core.asset;

import io.taktline.core.document.LinedJson;
import io.taktline.core.document.LinedJson.Arr;
import io.taktline.core.document.LinedJson.Bool;
import io.taktline.core.document.LinedJson.Null;
import io.taktline.core.document.LinedJson.Num;
import io.taktline.core.document.LinedJson.Obj;
import io.taktline.core.document.LinedJson.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of one JSON object of a model document, read with their place: every error names the
 * line, the field's path and what to write instead, and unknown fields are refused so that a typo
 * is not silently ignored.
 */
final class JsonFields {

    /** A document that is not JSON, or not the JSON a model document can be. */
    static final LinedJson.Refusal REFUSAL = (message, line) -> new AssetModelException(message, line, null);

    private final Obj object;
    private final String at;

    private JsonFields(Obj object, String at) {
        this.object = object;
        this.at = at;
    }

    static JsonFields of(LinedJson value, String at, Set<String> allowed) {
        if (!(value instanceof Obj object)) {
            throw error(value, at, "expected an object, found " + LinedJson.kind(value));
        }
        for (String name : object.fields().keySet()) {
            if (!allowed.contains(name)) {
                throw error(object.fields().get(name), path(at, name), "unknown field; the fields here are " + allowed);
            }
        }
        return new JsonFields(object, at);
    }

    String at() {
        return at;
    }

    long line() {
        return object.line();
    }

    boolean has(String name) {
        LinedJson value = object.fields().get(name);
        return value != null && !(value instanceof Null);
    }

    String text(String name) {
        LinedJson value = object.fields().get(name);
        if (value == null || value instanceof Null) {
            throw error(object, path(at, name), "missing; give it as a string");
        }
        if (!(value instanceof Text text)) {
            throw error(value, path(at, name), "expected a string, found " + LinedJson.kind(value));
        }
        if (text.value().isBlank()) {
            throw error(value, path(at, name), "empty; give it a value");
        }
        return text.value().strip();
    }

    String optionalText(String name) {
        return has(name) ? text(name) : null;
    }

    int integer(String name, int defaultValue) {
        LinedJson value = object.fields().get(name);
        if (value == null || value instanceof Null) {
            return defaultValue;
        }
        if (!(value instanceof Num number)) {
            throw error(value, path(at, name), "expected a number, found " + LinedJson.kind(value));
        }
        try {
            return number.value().intValueExact();
        } catch (ArithmeticException e) {
            throw error(value, path(at, name), number.value() + " is not a whole number in range");
        }
    }

    double decimal(String name, double defaultValue) {
        LinedJson value = object.fields().get(name);
        if (value == null || value instanceof Null) {
            return defaultValue;
        }
        if (!(value instanceof Num number)) {
            throw error(value, path(at, name), "expected a number, found " + LinedJson.kind(value));
        }
        return number.value().doubleValue();
    }

    boolean flag(String name, boolean defaultValue) {
        LinedJson value = object.fields().get(name);
        if (value == null || value instanceof Null) {
            return defaultValue;
        }
        if (!(value instanceof Bool bool)) {
            throw error(value, path(at, name), "expected true or false, found " + LinedJson.kind(value));
        }
        return bool.value();
    }

    /** A field whose text must parse, e.g. an enum or a node id; the parser's message is kept. */
    <T> T parsed(String name, Function<String, T> parser) {
        String text = text(name);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw error(object.fields().get(name), path(at, name), e.getMessage());
        }
    }

    List<LinedJson> list(String name) {
        LinedJson value = object.fields().get(name);
        if (value == null || value instanceof Null) {
            return List.of();
        }
        if (!(value instanceof Arr array)) {
            throw error(value, path(at, name), "expected a list, found " + LinedJson.kind(value));
        }
        return array.items();
    }

    /** A flat object of string values, e.g. free attributes. */
    Map<String, String> strings(String name) {
        LinedJson value = object.fields().get(name);
        if (value == null || value instanceof Null) {
            return Map.of();
        }
        if (!(value instanceof Obj map)) {
            throw error(value, path(at, name), "expected an object of strings, found " + LinedJson.kind(value));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        map.fields().forEach((key, entry) -> {
            if (!(entry instanceof Text text)) {
                throw error(entry, path(path(at, name), key), "expected a string, found " + LinedJson.kind(entry));
            }
            strings.put(key, text.value());
        });
        return strings;
    }

    static String path(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    static AssetModelException error(LinedJson value, String at, String message) {
        return new AssetModelException("line " + value.line() + ", " + at + ": " + message, value.line(), at);
    }
}
