package io.taktline.core.asset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The asset model as last loaded, read-only: what the board draws, the connectors are bound to and
 * the roll-ups walk. Tree queries answer from maps built once per snapshot, not per call.
 */
public final class ModelSnapshot {

    public static final ModelSnapshot EMPTY = new ModelSnapshot(List.of(), List.of(), List.of());

    private final List<AssetView> assets;
    private final List<TagView> tags;
    private final List<EndpointView> endpoints;
    private final Map<Long, AssetView> byId;
    private final Map<Long, List<AssetView>> children;
    private final Map<Long, List<TagView>> tagsByAsset;

    public ModelSnapshot(List<AssetView> assets, List<TagView> tags, List<EndpointView> endpoints) {
        this.assets = List.copyOf(assets);
        this.tags = List.copyOf(tags);
        this.endpoints = List.copyOf(endpoints);
        this.byId = this.assets.stream().collect(Collectors.toMap(AssetView::id, Function.identity()));
        this.children = this.assets.stream()
                .filter(a -> a.parentId() != null)
                .sorted(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code))
                .collect(Collectors.groupingBy(AssetView::parentId));
        this.tagsByAsset = this.tags.stream().collect(Collectors.groupingBy(TagView::assetId));
    }

    /** The model as it is stored now. */
    public static ModelSnapshot of(AssetModel model) {
        return new ModelSnapshot(model.assets(), model.tags(), model.endpoints());
    }

    public List<AssetView> assets() {
        return assets;
    }

    public List<TagView> tags() {
        return tags;
    }

    public List<EndpointView> endpoints() {
        return endpoints;
    }

    public Optional<AssetView> asset(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @throws AssetNotFoundException when the model has no asset with this id */
    public AssetView find(long id) {
        return asset(id).orElseThrow(() -> new AssetNotFoundException("no asset with id " + id));
    }

    /** The assets of the top of the tree (no parent), in their order. */
    public List<AssetView> roots() {
        return assets.stream()
                .filter(a -> a.parentId() == null)
                .sorted(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code))
                .toList();
    }

    /** The children of an asset, in their order. */
    public List<AssetView> childrenOf(AssetView parent) {
        return children.getOrDefault(parent.id(), List.of());
    }

    public List<TagView> tagsOf(AssetView asset) {
        return tagsByAsset.getOrDefault(asset.id(), List.of());
    }

    /** Everything beneath the asset, level by level (children, then grandchildren, ...). */
    public List<AssetView> descendants(AssetView root) {
        List<AssetView> found = new ArrayList<>();
        List<AssetView> frontier = List.of(root);
        while (!frontier.isEmpty()) {
            List<AssetView> next = new ArrayList<>();
            for (AssetView parent : frontier) {
                next.addAll(childrenOf(parent));
            }
            found.addAll(next);
            frontier = next;
        }
        return found;
    }

    /** The asset's nearest ancestor of {@code level}, or the asset itself when it is of that level. */
    public Optional<AssetView> enclosing(AssetView asset, AssetLevel level) {
        for (AssetView a = asset; a != null; a = a.parentId() == null ? null : byId.get(a.parentId())) {
            if (a.level() == level) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The line the asset is on, or is (empty above the line level). */
    public Optional<AssetView> lineOf(AssetView asset) {
        return enclosing(asset, AssetLevel.LINE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelSnapshot that
                && assets.equals(that.assets)
                && tags.equals(that.tags)
                && endpoints.equals(that.endpoints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assets, tags, endpoints);
    }
}
