package io.taktline.core.asset;

import io.taktline.core.asset.AssetModelDocument.AssetEntry;
import io.taktline.core.asset.AssetModelDocument.ClassEntry;
import io.taktline.core.asset.AssetModelDocument.EndpointEntry;
import io.taktline.core.asset.AssetModelDocument.TagEntry;
import io.taktline.core.asset.AssetModelDocument.TemplateEntry;
import io.taktline.core.asset.ModelChange.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies an asset model document to the stored model, matching by codes and names: what is
 * missing is created, what differs is changed, what is the same is left alone. Runs inside the
 * caller's transaction, so a failure anywhere applies nothing. Loads the stored model in a fixed
 * number of statements, whatever its size.
 */
final class AssetModelImport {

    private final AssetRepository repository;
    private final Map<String, Asset> assetsByPath = new HashMap<>();
    private final Map<String, OpcUaEndpoint> endpointsByName = new HashMap<>();
    private final Map<String, EquipmentClass> classesByCode = new HashMap<>();
    private final Map<String, Tag> tagsByKey = new HashMap<>();
    /** Which tag binds each node, so that binding one node twice is caught with both names. */
    private final Map<String, String> tagKeyByNode = new HashMap<>();

    /** What this document already said, by key, with the line it said it on: a second time is a mistake. */
    private final Map<String, Long> seen = new HashMap<>();

    private final List<ModelChange> changes = new ArrayList<>();
    private int unchanged;

    AssetModelImport(AssetRepository repository) {
        this.repository = repository;
        repository.findClasses().forEach(c -> classesByCode.put(c.code(), c));
        repository.findAll().forEach(a -> assetsByPath.put(a.path(), a));
        repository.findEndpoints().forEach(e -> endpointsByName.put(e.name(), e));
        repository.findTags().forEach(t -> {
            tagsByKey.put(key(t), t);
            tagKeyByNode.put(nodeKey(t.endpoint(), t.node()), key(t));
        });
    }

    ImportResult apply(AssetModelDocument document, boolean dryRun) {
        document.equipmentClasses().forEach(this::apply);
        document.endpoints().forEach(this::apply);
        for (AssetEntry entry : document.assets()) {
            apply(entry, null);
        }
        repository.flush();
        int created =
                (int) changes.stream().filter(c -> c.action() == Action.CREATE).count();
        return new ImportResult(created, changes.size() - created, unchanged, dryRun, changes);
    }

    List<ModelChange> changes() {
        return changes;
    }

    /** Creates or changes one asset (with its tags) below {@code parent}. */
    Asset applyBelow(AssetEntry entry, Asset parent) {
        apply(entry, parent);
        repository.flush();
        return assetsByPath.get(parent == null ? entry.code() : parent.path() + "/" + entry.code());
    }

    /** Creates or changes one tag of {@code asset}. */
    Tag applyTag(TagEntry entry, Asset asset) {
        apply(entry, asset);
        repository.flush();
        return tagsByKey.get(asset.path() + "#" + entry.name());
    }

    private void apply(ClassEntry entry) {
        once("equipment class " + entry.code(), entry.line(), "equipmentClasses", "code");
        EquipmentClass equipmentClass = classesByCode.get(entry.code());
        String before = equipmentClass == null
                ? null
                : ModelJson.equipmentClass(equipmentClass).build().toString();
        if (equipmentClass == null) {
            equipmentClass = repository.store(new EquipmentClass(entry.code(), entry.name()));
            classesByCode.put(entry.code(), equipmentClass);
        }
        equipmentClass.describe(entry.name(), entry.description());
        equipmentClass.mapStates(entry.stateMapping());
        for (TemplateEntry t : entry.tagTemplates()) {
            equipmentClass
                    .defineTag(t.name(), t.role(), t.dataType())
                    .sampleEvery(t.samplingIntervalMs(), t.deadband(), t.unit());
        }
        record(
                "equipment class",
                entry.code(),
                before,
                ModelJson.equipmentClass(equipmentClass).build().toString());
    }

    private void apply(EndpointEntry entry) {
        once("endpoint " + entry.name(), entry.line(), "endpoints", "name");
        OpcUaEndpoint endpoint = endpointsByName.get(entry.name());
        String before =
                endpoint == null ? null : ModelJson.endpoint(endpoint).build().toString();
        if (endpoint == null) {
            endpoint = repository.store(new OpcUaEndpoint(entry.name(), entry.url()));
            endpointsByName.put(entry.name(), endpoint);
        } else {
            endpoint.moveTo(entry.url());
        }
        endpoint.enable(entry.enabled());
        endpoint.secure(entry.security());
        record(
                "endpoint",
                entry.name(),
                before,
                ModelJson.endpoint(endpoint).build().toString());
    }

    private void apply(AssetEntry entry, Asset parent) {
        String path = parent == null ? entry.code() : parent.path() + "/" + entry.code();
        once("asset " + path, entry.line(), entry.at(), "code");
        Asset asset = assetsByPath.get(path);
        String before = asset == null ? null : ModelJson.asset(asset).build().toString();
        if (asset == null) {
            Asset created = inDocument(
                    entry.at(),
                    entry.line(),
                    () -> parent == null
                            ? Asset.enterprise(entry.code(), entry.name())
                            : parent.addChild(entry.level(), entry.code(), entry.name()));
            asset = repository.store(created);
            assetsByPath.put(path, asset);
        } else if (asset.level() != entry.level()) {
            throw new AssetModelException(
                    "line " + entry.line() + ", " + entry.at() + ".level: asset '" + path + "' is stored as "
                            + asset.level() + ", not " + entry.level()
                            + "; a level cannot change, give the asset another code",
                    entry.line(),
                    entry.at() + ".level");
        }
        asset.describe(entry.name(), entry.description(), entry.order());
        asset.activate(entry.active());
        asset.describeWith(entry.attributes());
        asset.classify(entry.equipmentClass() == null ? null : equipmentClass(entry));
        record("asset", path, before, ModelJson.asset(asset).build().toString());
        for (TagEntry tag : entry.tags()) {
            apply(tag, asset);
        }
        for (AssetEntry child : entry.children()) {
            apply(child, asset);
        }
    }

    private EquipmentClass equipmentClass(AssetEntry entry) {
        EquipmentClass found = classesByCode.get(entry.equipmentClass());
        if (found == null) {
            throw new AssetModelException(
                    "line " + entry.line() + ", " + entry.at() + ".class: no equipment class '" + entry.equipmentClass()
                            + "'; define it under equipmentClasses or leave the field out",
                    entry.line(),
                    entry.at() + ".class");
        }
        return found;
    }

    private void apply(TagEntry entry, Asset asset) {
        OpcUaEndpoint endpoint = endpointsByName.get(entry.endpoint());
        if (endpoint == null) {
            throw error(
                    entry,
                    ".endpoint",
                    "names endpoint '" + entry.endpoint() + "' that the model does not define; add it under endpoints");
        }
        Optional<TagTemplate> template =
                Optional.ofNullable(asset.equipmentClass()).flatMap(c -> c.template(entry.name()));
        TagRole role = entry.role() != null
                ? entry.role()
                : template.map(TagTemplate::role).orElse(null);
        String dataType = entry.dataType() != null
                ? entry.dataType()
                : template.map(TagTemplate::dataType).orElse(null);
        if (role == null || dataType == null) {
            throw error(
                    entry,
                    role == null ? ".role" : ".dataType",
                    "missing; give it, or give asset '" + asset.path() + "' a class with a tag template named '"
                            + entry.name() + "'");
        }
        String key = asset.path() + "#" + entry.name();
        once("tag " + key, entry.line(), entry.at(), "name");
        String node = nodeKey(endpoint, entry.node());
        String boundBy = tagKeyByNode.get(node);
        if (boundBy != null && !boundBy.equals(key)) {
            throw error(
                    entry,
                    ".node",
                    "node " + entry.node() + " on endpoint '" + endpoint.name() + "' is already bound by tag '"
                            + boundBy + "'; bind each node once");
        }
        Tag tag = tagsByKey.get(key);
        String before = tag == null ? null : ModelJson.tag(tag).build().toString();
        if (tag == null) {
            tag = repository.store(new Tag(asset, entry.name(), role, endpoint, entry.node(), dataType));
            tagsByKey.put(key, tag);
        } else {
            tagKeyByNode.remove(nodeKey(tag.endpoint(), tag.node()));
            tag.rebind(role, endpoint, entry.node(), dataType);
        }
        tagKeyByNode.put(node, key);
        Tag bound = tag;
        inDocument(entry.at(), entry.line(), () -> {
            bound.measureIn(
                    entry.unit() != null
                            ? entry.unit()
                            : template.map(TagTemplate::unit).orElse(null));
            bound.sampleEvery(
                    entry.samplingIntervalMs() != null
                            ? entry.samplingIntervalMs()
                            : template.map(TagTemplate::samplingIntervalMs).orElse(1000),
                    entry.deadband() != null
                            ? entry.deadband()
                            : template.map(TagTemplate::deadband).orElse(0.0));
            return bound;
        });
        tag.enable(entry.enabled());
        record("tag", key, before, ModelJson.tag(tag).build().toString());
    }

    private void once(String what, long line, String at, String field) {
        Long first = seen.putIfAbsent(what, line);
        if (first != null && line > 0) {
            throw new AssetModelException(
                    "line " + line + ", " + at + "." + field + ": " + what + " is already in the document at line "
                            + first + "; codes are unique under their parent and names within their asset",
                    line,
                    at + "." + field);
        }
    }

    private void record(String entity, String key, String before, String after) {
        if (before == null) {
            changes.add(new ModelChange(Action.CREATE, entity, key, null, after));
        } else if (!before.equals(after)) {
            changes.add(new ModelChange(Action.UPDATE, entity, key, before, after));
        } else {
            unchanged++;
        }
    }

    private static <T> T inDocument(String at, long line, Supplier<T> work) {
        try {
            return work.get();
        } catch (AssetModelException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new AssetModelException("line " + line + ", " + at + ": " + e.getMessage(), line, at);
        }
    }

    private static AssetModelException error(TagEntry entry, String field, String message) {
        return new AssetModelException(
                "line " + entry.line() + ", " + entry.at() + field + ": " + message, entry.line(), entry.at() + field);
    }

    private static String key(Tag tag) {
        return tag.asset().path() + "#" + tag.name();
    }

    private static String nodeKey(OpcUaEndpoint endpoint, NodeAddress node) {
        return endpoint.name() + "|" + node;
    }
}
