package io.taktline.core.asset;

/** A read-only copy of an asset, safe to hand to the UI and the REST API outside a transaction. */
public record AssetView(
        long id,
        Long parentId,
        AssetLevel level,
        String code,
        String name,
        String description,
        int sortOrder,
        boolean active,
        String path) {

    static AssetView of(Asset asset) {
        return new AssetView(
                asset.id(),
                asset.parentId(),
                asset.level(),
                asset.code(),
                asset.name(),
                asset.description(),
                asset.sortOrder(),
                asset.active(),
                asset.path());
    }
}
