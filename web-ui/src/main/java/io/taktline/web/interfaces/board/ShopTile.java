package io.taktline.web.interfaces.board;

import io.taktline.core.state.EquipmentState;
import java.util.List;

/** One shop on the board with its lines, and how many of its stations run. */
public record ShopTile(String code, String name, List<LineTile> lines) {

    /**
     * @param takt where the line stands against its plan now ("Early (A) · takt 64 s · 310 of 312
     *     should-be · 99 %"), or empty without a shift or plan
     * @param behind whether it is behind its should-be count
     */
    public record LineTile(String code, String name, String takt, boolean behind, List<StationTile> stations) {}

    public long stationCount() {
        return lines.stream().mapToLong(line -> line.stations().size()).sum();
    }

    public long runningCount() {
        return lines.stream()
                .flatMap(line -> line.stations().stream())
                .filter(station -> station.state() == EquipmentState.RUNNING)
                .count();
    }
}
