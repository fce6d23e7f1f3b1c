/**
 * The live view of the plant: each asset's state and since when, and the parts it counted since
 * Taktline started, kept current by the signal interpreter and read in constant time; every change
 * is also an {@link io.taktline.core.live.AssetEvent}.
 */
package io.taktline.core.live;
