package io.taktline.sim;

import io.taktline.sim.PlantLayout.Line;
import io.taktline.sim.PlantLayout.Shop;
import io.taktline.sim.PlantLayout.Station;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The simulated plant: one {@link StationModel} per station of the layout, each with its own random
 * stream drawn from the seed, so stations stay deterministic independently of each other.
 */
final class PlantModel {

    /** Nominal cycle time per shop in simulated seconds. */
    private static final Map<String, Double> CYCLE_SECONDS_BY_SHOP =
            Map.of("STAMPING", 5.0, "BODY", 55.0, "PAINT", 60.0, "ASSEMBLY", 60.0, "BATTERY", 40.0);

    private static final double DEFAULT_CYCLE_SECONDS = 60;

    private final List<StationModel> stations;

    PlantModel(PlantLayout layout, long seed) {
        Random seeds = new Random(seed);
        List<StationModel> models = new ArrayList<>();
        for (Shop shop : layout.shops()) {
            double cycleSeconds = CYCLE_SECONDS_BY_SHOP.getOrDefault(shop.code(), DEFAULT_CYCLE_SECONDS);
            for (Line line : shop.lines()) {
                for (Station station : line.stations()) {
                    models.add(new StationModel(
                            PlantLayout.stationPath(shop, line, station),
                            station.processValue(),
                            cycleSeconds,
                            new Random(seeds.nextLong())));
                }
            }
        }
        this.stations = List.copyOf(models);
    }

    void advance(double seconds) {
        for (StationModel station : stations) {
            station.advance(seconds);
        }
    }

    List<StationModel> stations() {
        return stations;
    }
}
