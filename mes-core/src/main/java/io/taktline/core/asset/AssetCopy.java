package io.taktline.core.asset;

import io.taktline.core.asset.AssetModelDocument.AssetEntry;
import io.taktline.core.asset.AssetModelDocument.TagEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A stored subtree written out as a model entry, with node identifiers re-bound for the copy. */
final class AssetCopy {

    private final Map<Long, List<Asset>> children = new HashMap<>();
    private final Map<Long, List<Tag>> tags = new HashMap<>();
    private final String replace;
    private final String with;

    AssetCopy(AssetRepository repository, String replace, String with) {
        if (replace == null || replace.isEmpty() || with == null) {
            throw new AssetModelException("a copy needs 'replace' (text in the node identifiers of the original) and"
                    + " 'with' (what the copy's identifiers have instead), e.g. PL1/ and PL2/");
        }
        this.replace = replace;
        this.with = with;
        repository.findAll().forEach(a -> {
            if (a.parentId() != null) {
                children.computeIfAbsent(a.parentId(), id -> new ArrayList<>()).add(a);
            }
        });
        repository.findTags().forEach(t -> tags.computeIfAbsent(t.asset().id(), id -> new ArrayList<>())
                .add(t));
    }

    AssetEntry of(Asset source, String code, String name) {
        return entry(source, code, name, "clone");
    }

    private AssetEntry entry(Asset asset, String code, String name, String at) {
        List<TagEntry> tagEntries = new ArrayList<>();
        for (Tag tag : tags.getOrDefault(asset.id(), List.of())) {
            NodeAddress node = tag.node();
            if (!node.identifier().contains(replace)) {
                throw new AssetModelException("tag '" + tag.asset().path() + "#" + tag.name() + "' is bound to " + node
                        + ", which does not contain '" + replace + "'; the copy would bind the same node twice");
            }
            tagEntries.add(new TagEntry(
                    tag.name(),
                    tag.role(),
                    tag.endpoint().name(),
                    new NodeAddress(node.namespaceUri(), node.identifier().replace(replace, with)),
                    tag.dataType(),
                    tag.unit(),
                    tag.samplingIntervalMs(),
                    tag.deadband(),
                    tag.enabled(),
                    at + ".tags",
                    0));
        }
        List<AssetEntry> childEntries = new ArrayList<>();
        for (Asset child : children.getOrDefault(asset.id(), List.of())) {
            childEntries.add(entry(child, child.code(), child.name(), at + "/" + child.code()));
        }
        return new AssetEntry(
                asset.level(),
                code,
                name,
                asset.description(),
                asset.sortOrder(),
                asset.active(),
                asset.equipmentClass() == null ? null : asset.equipmentClass().code(),
                asset.attributes(),
                tagEntries,
                childEntries,
                at,
                0);
    }
}
