/**
 * The plant simulator: a Milo OPC UA server that serves a five-shop car plant driven by a
 * discrete-event model.
 *
 * <ul>
 *   <li>What the plant is: {@link io.taktline.sim.PlantLayout} (shops, lines, stations, equipment and
 *       the variables of each, {@code DemoPlant} builds the demo and load plants),
 *       {@link io.taktline.sim.EquipmentKind} (what a kind serves, fails and spoils).
 *   <li>How it behaves: {@code PlantModel} (event calendar, breaks from {@code ShiftCalendar}),
 *       {@code StationModel} (take, work, hand on; blocked, starved, down, changeover, andon),
 *       {@code EquipmentModel} (failure clock, counters, measured values), {@code Buffer}.
 *   <li>What happened: {@link io.taktline.sim.GroundTruth}, recorded by {@code TruthRecorder}.
 *   <li>How it is served: {@code PlantNamespace} and {@link io.taktline.sim.PlantSimulator} (in
 *       process), {@link io.taktline.sim.PlantSimulatorMain} (standalone jar),
 *       {@link io.taktline.sim.DemoAssetModel} (the MES asset model that binds it).
 * </ul>
 *
 * The model never looks at the wall clock and draws all randomness from seeded streams in event
 * order, so a seed always gives the same events; the OPC UA side only copies values out.
 */
package io.taktline.sim;
