package io.taktline.core.asset;

/** A read-only copy of a tag with its asset's path and its endpoint, for the UI, the API and the connectors. */
public record TagView(
        long id,
        long assetId,
        String assetPath,
        String name,
        TagRole role,
        String endpoint,
        String endpointUrl,
        NodeAddress node,
        String dataType,
        String unit,
        int samplingIntervalMs,
        double deadband,
        boolean enabled) {

    static TagView of(Tag tag) {
        return new TagView(
                tag.id(),
                tag.asset().id(),
                tag.asset().path(),
                tag.name(),
                tag.role(),
                tag.endpoint().name(),
                tag.endpoint().url(),
                tag.node(),
                tag.dataType(),
                tag.unit(),
                tag.samplingIntervalMs(),
                tag.deadband(),
                tag.enabled());
    }
}
