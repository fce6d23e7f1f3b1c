package io.taktline.web.interfaces.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.state.EquipmentState;
import org.junit.jupiter.api.Test;

class SignalTest {

    @Test
    void colorsEachStateAsTheAndonBoardDoes() {
        assertThat(Signal.of(EquipmentState.RUNNING)).isEqualTo(Signal.RUNNING);
        assertThat(Signal.of(EquipmentState.PLANNED_STOP)).isEqualTo(Signal.PLANNED);
        assertThat(Signal.of(EquipmentState.CHANGEOVER)).isEqualTo(Signal.PLANNED);
        assertThat(Signal.of(EquipmentState.DOWN)).isEqualTo(Signal.STOPPED);
        assertThat(Signal.of(EquipmentState.STARVED)).isEqualTo(Signal.WAITING);
        assertThat(Signal.of(EquipmentState.BLOCKED)).isEqualTo(Signal.WAITING);
        assertThat(Signal.of(EquipmentState.IDLE)).isEqualTo(Signal.WAITING);
        assertThat(Signal.of(EquipmentState.OFFLINE)).isEqualTo(Signal.NO_DATA);
        assertThat(Signal.of(null)).isEqualTo(Signal.NO_DATA);
        assertThat(Signal.NO_DATA.cssClass()).isEqualTo("signal-no-data");
    }
}
