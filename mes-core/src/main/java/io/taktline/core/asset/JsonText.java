package io.taktline.core.asset;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Flat JSON objects of strings, as the asset model keeps free attributes and state mappings. */
final class JsonText {

    private JsonText() {}

    static String of(Map<String, String> map) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(map).forEach(object::add);
        return object.build().toString();
    }

    static Map<String, String> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        Map<String, String> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(
                key,
                value.getValueType() == JsonValue.ValueType.STRING
                        ? ((JsonString) value).getString()
                        : value.toString()));
        return map;
    }
}
