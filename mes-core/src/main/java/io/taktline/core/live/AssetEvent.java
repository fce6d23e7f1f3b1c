package io.taktline.core.live;

import io.taktline.core.oee.PartKind;
import io.taktline.core.state.EquipmentState;
import java.time.Instant;

/**
 * What the signal interpreter tells as it happens: an asset changed state, an asset counted parts.
 * Fired as CDI events (asynchronously, observe with {@code @ObservesAsync}) and kept in {@link LiveAssets}.
 */
public sealed interface AssetEvent {

    long assetId();

    Instant at();

    /** @param from the state before, null for the first state known */
    record StateChanged(long assetId, EquipmentState from, EquipmentState to, Instant at) implements AssetEvent {}

    record PartsCounted(long assetId, PartKind kind, long parts, Instant at) implements AssetEvent {}
}
