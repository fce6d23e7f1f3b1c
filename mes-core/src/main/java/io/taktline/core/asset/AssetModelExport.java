package io.taktline.core.asset;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The stored model as a model document, in a fixed number of statements; importing it changes nothing. */
final class AssetModelExport {

    private AssetModelExport() {}

    static String of(AssetRepository repository) {
        JsonArrayBuilder classes = Json.createArrayBuilder();
        repository.findClasses().forEach(c -> classes.add(ModelJson.equipmentClass(c)));
        JsonArrayBuilder endpoints = Json.createArrayBuilder();
        repository.findEndpoints().forEach(e -> endpoints.add(ModelJson.endpoint(e)));

        List<Asset> assets = repository.findAll();
        Map<Long, List<Tag>> tagsByAsset = new HashMap<>();
        repository.findTags().forEach(t -> tagsByAsset
                .computeIfAbsent(t.asset().id(), id -> new ArrayList<>())
                .add(t));
        Map<Long, List<Asset>> children = new HashMap<>();
        List<Asset> roots = new ArrayList<>();
        for (Asset asset : assets) {
            if (asset.parentId() == null) {
                roots.add(asset);
            } else {
                children.computeIfAbsent(asset.parentId(), id -> new ArrayList<>())
                        .add(asset);
            }
        }
        JsonObject document = Json.createObjectBuilder()
                .add("schema", AssetModelDocument.SCHEMA)
                .add("equipmentClasses", classes)
                .add("endpoints", endpoints)
                .add("assets", tree(roots, children, tagsByAsset))
                .build();
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(document);
        }
        return out.toString().strip() + "\n";
    }

    private static JsonArrayBuilder tree(
            List<Asset> level, Map<Long, List<Asset>> children, Map<Long, List<Tag>> tagsByAsset) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        level.stream()
                .sorted((a, b) -> a.sortOrder() != b.sortOrder()
                        ? Integer.compare(a.sortOrder(), b.sortOrder())
                        : Objects.compare(a.code(), b.code(), String::compareTo))
                .forEach(asset -> {
                    JsonObjectBuilder json = ModelJson.asset(asset);
                    List<Tag> tags = tagsByAsset.getOrDefault(asset.id(), List.of());
                    if (!tags.isEmpty()) {
                        JsonArrayBuilder tagArray = Json.createArrayBuilder();
                        tags.forEach(t -> tagArray.add(ModelJson.tag(t)));
                        json.add("tags", tagArray);
                    }
                    List<Asset> below = children.getOrDefault(asset.id(), List.of());
                    if (!below.isEmpty()) {
                        json.add("children", tree(below, children, tagsByAsset));
                    }
                    array.add(json);
                });
        return array;
    }
}
