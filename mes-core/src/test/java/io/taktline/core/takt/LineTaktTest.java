package io.taktline.core.takt;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.shift.LineCalendar;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.Shift;
import io.taktline.core.shift.ShiftPlanning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineTaktTest {

    private static final AssetView LINE = asset(10, null, AssetLevel.LINE, "L1", 1);
    private static final Instant START = Instant.parse("2026-11-25T06:00:00Z");
    /** 06:00 to 14:00 with a break 08:00 to 08:30: 450 min net. */
    private static final Shift EARLY = new Shift(
            "S/L1",
            "EARLY",
            "A",
            START,
            START.plus(Duration.ofHours(8)),
            List.of(new Shift.Interval(START.plus(Duration.ofHours(2)), START.plus(Duration.ofMinutes(150)))));

    private static AssetView asset(long id, Long parent, AssetLevel level, String code, int order) {
        return new AssetView(id, parent, level, code, code, null, order, true, "S/" + code);
    }

    private static TagView counter(long assetId) {
        return new TagView(
                assetId * 10,
                assetId,
                "",
                "parts",
                TagRole.PART_COUNTER,
                "sim",
                "",
                null,
                "UInt32",
                null,
                1000,
                0,
                true);
    }

    @Test
    void countsTheLineAtItsLastStationWithAPartCounter() {
        List<AssetView> assets = List.of(
                LINE,
                asset(11, 10L, AssetLevel.WORK_CELL, "ST1", 1),
                asset(12, 10L, AssetLevel.WORK_CELL, "ST2", 2),
                asset(13, 10L, AssetLevel.WORK_CELL, "ST3", 3), // no counter
                asset(14, 99L, AssetLevel.WORK_CELL, "OTHER", 9));
        List<TagView> tags = List.of(counter(11), counter(12), counter(14));

        assertThat(LineTakt.countingStation(LINE, assets, tags))
                .map(AssetView::id)
                .contains(12L);
        assertThat(LineTakt.countingStation(LINE, assets, List.of())).isEmpty();
    }

    @Test
    void comparesTheCountWithWhatTheNetTimeElapsedShouldHaveGiven() throws Exception {
        ScheduledShift planned = new ScheduledShift(5, 10, EARLY, false, 450, false); // takt 60 s
        Instant at = START.plus(Duration.ofMinutes(180)); // 09:00: 180 min less the 30 min break
        long[] asked = new long[3];
        LineTakt takt = new LineTakt(planning(planned), (asset, from, to) -> {
            asked[0] = asset;
            asked[1] = from.getEpochSecond();
            asked[2] = to.getEpochSecond();
            return 140;
        });

        LineTakt.Report report = takt.at(LINE, Optional.of(asset(12, 10L, AssetLevel.WORK_CELL, "ST2", 2)), at);

        assertThat(asked).containsExactly(12, START.getEpochSecond(), at.getEpochSecond());
        assertThat(report.taktSeconds()).isEqualTo(60.0);
        assertThat(report.planned()).isEqualTo(450);
        assertThat(report.netElapsedSeconds()).isEqualTo(150 * 60.0);
        assertThat(report.shouldBe()).isEqualTo(150);
        assertThat(report.actual()).isEqualTo(140);
        assertThat(report.adherence()).isEqualTo(140 / 150.0);
        assertThat(report.gap()).isEqualTo(-10);
        assertThat(report.shift().netAvailableSeconds()).isEqualTo(450 * 60.0);
        assertThat(report.message()).isNull();
    }

    @Test
    void saysWhyThereIsNoTaktWithoutAPlanOrAShift() throws Exception {
        ScheduledShift unplanned = new ScheduledShift(5, 10, EARLY, false, null, false);
        LineTakt takt = new LineTakt(planning(unplanned), (asset, from, to) -> 3);

        LineTakt.Report noPlan = takt.at(LINE, Optional.empty(), START.plusSeconds(60));
        LineTakt.Report noShift = takt.at(LINE, Optional.empty(), START.minusSeconds(60));

        assertThat(noPlan.taktSeconds()).isNull();
        assertThat(noPlan.shouldBe()).isNull();
        assertThat(noPlan.message()).contains("has no demand planned").contains("no station with a PART_COUNTER");
        assertThat(noShift.shift()).isNull();
        assertThat(noShift.message()).contains("has no shift at").contains("the next one, EARLY, starts at " + START);
    }

    /** A line with one stored shift. */
    private static ShiftPlanning planning(ScheduledShift only) {
        return new ShiftPlanning() {
            @Override
            public Optional<ScheduledShift> scheduledAt(long lineId, Instant at) {
                return Optional.of(only).filter(s -> s.shift().contains(at));
            }

            @Override
            public List<ScheduledShift> scheduled(long lineId, Instant from, Instant to) {
                return only.shift().end().isAfter(from) && only.shift().start().isBefore(to)
                        ? List.of(only)
                        : List.of();
            }

            @Override
            public Optional<LineCalendar> calendar(long lineId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CalendarChange putCalendar(long lineId, LineCalendar calendar, String actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int extendHorizons() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Shift> shifts(long lineId, Instant from, Instant to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Shift> shiftAt(long lineId, Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ScheduledShift addOvertime(long lineId, Overtime overtime, String actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void cancelOvertime(long lineId, long shiftId, String actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ScheduledShift> putPlan(long lineId, Map<Long, Integer> demandByShift, String actor) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
