package io.taktline.core.takt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TaktTest {

    @Test
    void isNetAvailableTimeDividedByDemand() {
        // 8 h shift less 2 × 15 min breaks = 450 min for 450 cars: 60 s takt.
        assertThat(Takt.of(Duration.ofMinutes(450), 450).time()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void tellsWhereTheLineStandsAgainstPlan() {
        Takt takt = Takt.of(Duration.ofMinutes(450), 450);

        TaktStatus status = TaktStatus.at(takt, 450, Duration.ofMinutes(120).plusSeconds(30), 114);

        assertThat(status.shouldBe()).isEqualTo(120);
        assertThat(status.gap()).isEqualTo(-6);
        assertThat(status.adherence()).isEqualTo(0.95);
    }

    @Test
    void neverExpectsMoreThanThePlan() {
        Takt takt = Takt.of(Duration.ofMinutes(60), 60);

        assertThat(TaktStatus.at(takt, 60, Duration.ofMinutes(90), 60).shouldBe())
                .isEqualTo(60);
    }

    @Test
    void refusesADemandOfZero() {
        assertThatThrownBy(() -> Takt.of(Duration.ofMinutes(450), 0)).hasMessageContaining("plan at least one unit");
    }
}
