package io.taktline.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OvertimeTest {

    private static final Instant SATURDAY = Instant.parse("2026-11-28T06:00:00Z");

    private static ShiftPlanning.Overtime overtime(Instant start, Instant end, List<Shift.Interval> breaks) {
        return new ShiftPlanning.Overtime("SATURDAY", "A", start, end, breaks, 200);
    }

    @Test
    void becomesAShiftWithItsBreaks() {
        Shift.Interval pause = new Shift.Interval(SATURDAY.plusSeconds(7200), SATURDAY.plusSeconds(8100));

        Shift shift = overtime(SATURDAY, SATURDAY.plus(Duration.ofHours(6)), List.of(pause))
                .shift("BODY/L1");

        assertThat(shift.line()).isEqualTo("BODY/L1");
        assertThat(shift.netAvailableTime()).isEqualTo(Duration.ofMinutes(345));
    }

    @Test
    void refusesWhatCannotBeWorkedSayingWhy() {
        assertThatThrownBy(() -> overtime(SATURDAY, SATURDAY, List.of()).shift("L"))
                .isInstanceOf(ShiftPlanningException.class)
                .hasMessageContaining("overtime 'SATURDAY': it runs from 2026-11-28T06:00:00Z to 2026-11-28T06:00:00Z");
        assertThatThrownBy(() -> overtime(SATURDAY, SATURDAY.plus(Duration.ofHours(25)), List.of())
                        .shift("L"))
                .hasMessageContaining("at most 24 h");
        assertThatThrownBy(() -> overtime(
                                SATURDAY,
                                SATURDAY.plus(Duration.ofHours(2)),
                                List.of(new Shift.Interval(SATURDAY.plusSeconds(3600), SATURDAY.plusSeconds(9000))))
                        .shift("L"))
                .hasMessageContaining("is not inside the overtime");
        assertThatThrownBy(() -> new ShiftPlanning.Overtime("X", null, SATURDAY, null, List.of(), null).shift("L"))
                .hasMessageContaining("end is missing");
        assertThatThrownBy(
                        () -> new ShiftPlanning.Overtime("X", null, SATURDAY, SATURDAY.plusSeconds(3600), List.of(), -5)
                                .shift("L"))
                .hasMessageContaining("demand is -5");
    }
}
