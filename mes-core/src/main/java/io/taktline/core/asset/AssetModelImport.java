package io.taktline.core.asset;

import io.taktline.core.asset.AssetModelDocument.AssetEntry;
import io.taktline.core.asset.AssetModelDocument.EndpointEntry;
import io.taktline.core.asset.AssetModelDocument.TagEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Applies an asset model document to the stored model, matching by codes: what is missing is
 * created, what differs is changed, what is the same is left alone. Runs inside the caller's
 * transaction, so a failure anywhere applies nothing. Loads the stored model in a fixed number
 * of statements, whatever its size.
 */
final class AssetModelImport {

    private final AssetRepository repository;
    private final Map<String, Asset> assetsByPath = new HashMap<>();
    private final Map<String, OpcUaEndpoint> endpointsByName = new HashMap<>();
    private final Map<String, Tag> tagsByKey = new HashMap<>();
    private int created;
    private int updated;
    private int unchanged;

    AssetModelImport(AssetRepository repository) {
        this.repository = repository;
        repository.findAll().forEach(a -> assetsByPath.put(a.path(), a));
        repository.findEndpoints().forEach(e -> endpointsByName.put(e.name(), e));
        repository.findTags().forEach(t -> tagsByKey.put(t.asset().path() + "#" + t.name(), t));
    }

    ImportResult apply(AssetModelDocument document) {
        document.endpoints().forEach(this::apply);
        for (AssetEntry entry : document.assets()) {
            apply(entry, null);
        }
        return new ImportResult(created, updated, unchanged);
    }

    private void apply(EndpointEntry entry) {
        OpcUaEndpoint endpoint = endpointsByName.get(entry.name());
        if (endpoint == null) {
            endpointsByName.put(entry.name(), repository.store(new OpcUaEndpoint(entry.name(), entry.url())));
            created++;
        } else if (!endpoint.url().equals(entry.url())) {
            endpoint.moveTo(entry.url());
            updated++;
        } else {
            unchanged++;
        }
    }

    private void apply(AssetEntry entry, Asset parent) {
        String path = parent == null ? entry.code() : parent.path() + "/" + entry.code();
        Asset asset = assetsByPath.get(path);
        if (asset == null) {
            asset = parent == null
                    ? Asset.enterprise(entry.code(), entry.name())
                    : parent.addChild(entry.level(), entry.code(), entry.name());
            asset.describe(entry.name(), entry.description(), entry.order());
            assetsByPath.put(path, repository.store(asset));
            created++;
        } else if (asset.level() != entry.level()) {
            throw new AssetModelException("asset '" + path + "' is stored as " + asset.level() + " but the model says "
                    + entry.level() + "; a level cannot change: give the asset another code");
        } else if (!Objects.equals(asset.name(), entry.name())
                || !Objects.equals(asset.description(), entry.description())
                || asset.sortOrder() != entry.order()) {
            asset.describe(entry.name(), entry.description(), entry.order());
            updated++;
        } else {
            unchanged++;
        }
        for (TagEntry tag : entry.tags()) {
            apply(tag, asset);
        }
        for (AssetEntry child : entry.children()) {
            apply(child, asset);
        }
    }

    private void apply(TagEntry entry, Asset asset) {
        OpcUaEndpoint endpoint = endpointsByName.get(entry.endpoint());
        if (endpoint == null) {
            throw new AssetModelException("tag '" + entry.name() + "' of '" + asset.path() + "' names endpoint '"
                    + entry.endpoint() + "' that the model does not define; add it under endpoints");
        }
        Tag tag = tagsByKey.get(asset.path() + "#" + entry.name());
        if (tag == null) {
            tag = new Tag(asset, entry.name(), entry.role(), endpoint, entry.node(), entry.dataType());
            tag.measureIn(entry.unit());
            tag.sampleEvery(entry.samplingIntervalMs(), entry.deadband());
            repository.store(tag);
            created++;
        } else if (tag.role() != entry.role()
                || tag.endpoint() != endpoint
                || !tag.node().equals(entry.node())
                || !tag.dataType().equals(entry.dataType())
                || !Objects.equals(tag.unit(), entry.unit())
                || tag.samplingIntervalMs() != entry.samplingIntervalMs()
                || tag.deadband() != entry.deadband()) {
            tag.rebind(entry.role(), endpoint, entry.node(), entry.dataType());
            tag.measureIn(entry.unit());
            tag.sampleEvery(entry.samplingIntervalMs(), entry.deadband());
            updated++;
        } else {
            unchanged++;
        }
    }
}
