package io.taktline.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LineCalendarJsonTest {

    private static final String CALENDAR = """
            {"name": "two shifts", "zone": "Europe/Berlin",
             "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
             "crews": ["A", "B"],
             "shifts": [
               {"name": "EARLY", "start": "06:00", "lengthMinutes": 480, "demand": 420,
                "breaks": [{"name": "breakfast", "afterMinutes": 120, "lengthMinutes": 15},
                           {"afterMinutes": 300, "lengthMinutes": 30}]},
               {"name": "LATE", "start": "14:00", "lengthMinutes": 480}],
             "nonProductionDays": ["2026-12-24", "2026-12-25"]}
            """;

    @Test
    void readsACalendarAndWritesItBackTheSame() {
        LineCalendar calendar = LineCalendarJson.read(CALENDAR);

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(calendar.pattern().workingDays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
        assertThat(calendar.pattern().shifts().get(0).start()).isEqualTo(LocalTime.of(6, 0));
        assertThat(calendar.pattern().shifts().get(0).netLength()).isEqualTo(Duration.ofMinutes(435));
        assertThat(calendar.pattern().shifts().get(0).breaks().get(1).name()).isEqualTo("break 2");
        assertThat(calendar.standardDemand("EARLY")).contains(420);
        assertThat(calendar.standardDemand("LATE")).isEmpty();
        assertThat(calendar.nonProductionDays()).contains(LocalDate.of(2026, 12, 24));

        assertThat(LineCalendarJson.read(LineCalendarJson.write(calendar))).isEqualTo(calendar);
    }

    @Test
    void namesTheFieldThatIsWrongAndSaysWhatToWrite() {
        assertThatThrownBy(() -> LineCalendarJson.read(CALENDAR.replace("\"14:00\"", "\"25:00\"")))
                .isInstanceOf(ShiftPlanningException.class)
                .hasMessage("calendar: shifts[1].start is '25:00', not a time of day; write it like 06:00");
        assertThatThrownBy(() -> LineCalendarJson.read(CALENDAR.replace("Europe/Berlin", "Europe/Atlantis")))
                .hasMessageContaining("zone is 'Europe/Atlantis', not a time zone");
        assertThatThrownBy(() -> LineCalendarJson.read(CALENDAR.replace("\"MONDAY\"", "\"MON\"")))
                .hasMessageContaining("workingDays[0] is 'MON'");
        assertThatThrownBy(() -> LineCalendarJson.read(CALENDAR.replace("\"demand\": 420", "\"demand\": 0")))
                .hasMessageContaining("shifts[0].demand is 0; give a whole number from 1");
        assertThatThrownBy(() -> LineCalendarJson.read(
                        CALENDAR.replace("lengthMinutes\": 480, \"demand", "length\": 480, \"demand")))
                .hasMessageContaining("shifts[0].length is not a field");
        assertThatThrownBy(() -> LineCalendarJson.read(CALENDAR.replace("2026-12-25", "2026-12-32")))
                .hasMessageContaining("nonProductionDays[1] is '2026-12-32', not a date");
        assertThatThrownBy(() -> LineCalendarJson.read("{\"zone\": \"UTC\"")).hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesShiftsThatOverlapNamingBoth() {
        String overlapping = CALENDAR.replace("\"start\": \"14:00\"", "\"start\": \"13:00\"");

        assertThatThrownBy(() -> LineCalendarJson.read(overlapping))
                .isInstanceOf(ShiftPlanningException.class)
                .hasMessageContaining("'EARLY'")
                .hasMessageContaining("'LATE'")
                .hasMessageContaining("overlap");
    }
}
