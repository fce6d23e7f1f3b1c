package io.taktline.web.interfaces.board;

import io.taktline.core.state.EquipmentState;
import java.util.List;

/** One shop on the board with its lines, and how many of its stations run. */
public record ShopTile(long id, String code, String name, List<LineTile> lines) {

    /**
     * @param takt where the line stands against its plan now, or null without a shift or plan
     * @param behind whether it is behind its should-be count
     */
    public record LineTile(
            long id, String code, String name, TaktLine takt, boolean behind, List<StationTile> stations) {}

    /** A line's shift against its plan, for the board's one-line summary. */
    public record TaktLine(String shift, long taktSeconds, long actual, long shouldBe, long planned) {}

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
