package io.taktline.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void fiveFailuresAreFreeThenTheLockDoublesUpToFifteenMinutes() {
        assertThat(SignInThrottle.lockAfter(4)).isZero();
        assertThat(SignInThrottle.lockAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.lockAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SignInThrottle.lockAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SignInThrottle.lockAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.lockAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
