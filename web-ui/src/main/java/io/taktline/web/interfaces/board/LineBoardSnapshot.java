package io.taktline.web.interfaces.board;

import java.util.List;

/**
 * What a line's andon board shows at one moment, as the page renders it and as its event stream
 * sends it (JSON): codes and numbers only, so that the page puts them in the reader's language.
 * Times are epoch milliseconds; clock times ({@code start}, {@code end}) are already in the
 * plant's time zone.
 *
 * @param problem why the board cannot show the line's figures (NO_SHIFT, NO_PLAN, NO_COUNTER), or null
 */
public record LineBoardSnapshot(
        long lineId,
        String line,
        String shop,
        long at,
        String zone,
        ShiftPart shift,
        Figures figures,
        List<StationPart> stations,
        List<StopPart> stops,
        List<CallPart> calls,
        String problem) {

    /** The running shift, with its clock times in the plant's zone. */
    public record ShiftPart(String name, String crew, String start, String end, boolean overtime) {}

    /**
     * The line against its plan. {@code taktLeft}: seconds left in the current takt (net time,
     * breaks excluded); {@code gap}: actual − should-be, in cars.
     */
    public record Figures(
            Double taktSeconds, Double taktLeft, Long planned, Long shouldBe, Long actual, Long gap, boolean behind) {}

    /** A station's tile: its state (an EquipmentState name, null before the first value) and since when. */
    public record StationPart(long id, String code, String name, String state, String signal, Long since) {

        /** The tile's CSS class, for the page. */
        public String cssClass() {
            return Signal.valueOf(signal).cssClass();
        }
    }

    /** A stop still running on the line, with its reason once it has one. */
    public record StopPart(
            long id,
            long stationId,
            String station,
            long since,
            String reasonCode,
            String reasonName,
            Integer faultCode) {}

    /** An open andon call: its kind (HELP, MATERIAL, QUALITY, MAINTENANCE), RAISED or ACKNOWLEDGED, and by whom. */
    public record CallPart(
            long id, long stationId, String station, String kind, String state, long since, String acknowledgedBy) {}
}
