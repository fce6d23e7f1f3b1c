/**
 * The plant simulator: a Milo OPC UA server that serves the five-shop demo plant. The station
 * behaviour ({@code PlantModel}, {@code StationModel}, {@code PlantClock}) is kept apart from the
 * OPC UA side ({@code PlantNamespace}, {@link io.taktline.sim.PlantSimulator}) so either can change
 * alone.
 */
package io.taktline.sim;
