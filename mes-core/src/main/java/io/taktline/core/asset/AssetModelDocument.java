package io.taktline.core.asset;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An asset model as written in a JSON file: endpoints, and a tree of assets with their tags.
 * Parsing checks every field and names the one that is wrong by its place in the document,
 * e.g. {@code assets[0].children[1].tags[2].role}.
 */
public record AssetModelDocument(List<EndpointEntry> endpoints, List<AssetEntry> assets) {

    public static final String SCHEMA = "taktline-asset-model/1";

    public record EndpointEntry(String name, String url) {}

    public record AssetEntry(
            AssetLevel level,
            String code,
            String name,
            String description,
            int order,
            List<TagEntry> tags,
            List<AssetEntry> children) {}

    public record TagEntry(
            String name,
            TagRole role,
            String endpoint,
            NodeAddress node,
            String dataType,
            String unit,
            int samplingIntervalMs,
            double deadband) {}

    public static AssetModelDocument parse(Reader json) {
        JsonObject root;
        try (var reader = Json.createReader(json)) {
            root = reader.readObject();
        } catch (JsonException e) {
            throw new AssetModelException("the asset model is not valid JSON: " + e.getMessage());
        }
        String schema = root.getString("schema", SCHEMA);
        if (!SCHEMA.equals(schema)) {
            throw new AssetModelException(
                    "schema: '" + schema + "' is not supported; this version of Taktline reads " + SCHEMA);
        }
        List<EndpointEntry> endpoints = new ArrayList<>();
        JsonArray endpointArray = array(root, "endpoints", "");
        for (int i = 0; i < endpointArray.size(); i++) {
            String at = "endpoints[" + i + "]";
            JsonObject e = object(endpointArray.get(i), at);
            endpoints.add(new EndpointEntry(text(e, "name", at), text(e, "url", at)));
        }
        return new AssetModelDocument(endpoints, assets(array(root, "assets", ""), "assets"));
    }

    private static List<AssetEntry> assets(JsonArray array, String at) {
        List<AssetEntry> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String here = at + "[" + i + "]";
            JsonObject a = object(array.get(i), here);
            AssetLevel level = field(here + ".level", () -> AssetLevel.parse(text(a, "level", here)));
            List<TagEntry> tags = new ArrayList<>();
            JsonArray tagArray = array(a, "tags", here + ".");
            for (int t = 0; t < tagArray.size(); t++) {
                tags.add(tag(object(tagArray.get(t), here + ".tags[" + t + "]"), here + ".tags[" + t + "]"));
            }
            entries.add(new AssetEntry(
                    level,
                    text(a, "code", here),
                    text(a, "name", here),
                    a.getString("description", null),
                    a.getInt("order", i + 1),
                    tags,
                    assets(array(a, "children", here + "."), here + ".children")));
        }
        return entries;
    }

    private static TagEntry tag(JsonObject t, String at) {
        return new TagEntry(
                text(t, "name", at),
                field(at + ".role", () -> TagRole.parse(text(t, "role", at))),
                text(t, "endpoint", at),
                field(at + ".node", () -> NodeAddress.parse(text(t, "node", at))),
                text(t, "dataType", at),
                t.getString("unit", null),
                t.getInt("samplingIntervalMs", 1000),
                t.containsKey("deadband") ? t.getJsonNumber("deadband").doubleValue() : 0.0);
    }

    private interface Field<T> {
        T read();
    }

    private static <T> T field(String at, Field<T> field) {
        try {
            return field.read();
        } catch (AssetModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AssetModelException(at + ": " + e.getMessage());
        }
    }

    private static JsonArray array(JsonObject parent, String name, String at) {
        JsonValue value = parent.get(name);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new AssetModelException(at + name + ": expected a list, found " + value.getValueType());
        }
        return value.asJsonArray();
    }

    private static JsonObject object(JsonValue value, String at) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new AssetModelException(at + ": expected an object, found " + value.getValueType());
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject object, String name, String at) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            throw new AssetModelException(at + "." + name + ": missing; give it as a string");
        }
        String text = object.getString(name).strip();
        if (text.isEmpty()) {
            throw new AssetModelException(at + "." + name + ": empty; give it a value");
        }
        return text;
    }
}
