package io.taktline.core.state;

import static io.taktline.core.state.MachineryState.ItemState.EXECUTING;
import static io.taktline.core.state.MachineryState.ItemState.NOT_AVAILABLE;
import static io.taktline.core.state.MachineryState.ItemState.NOT_EXECUTING;
import static io.taktline.core.state.MachineryState.ItemState.OUT_OF_SERVICE;
import static io.taktline.core.state.MachineryState.OperationMode.MAINTENANCE;
import static io.taktline.core.state.MachineryState.OperationMode.PROCESSING;
import static io.taktline.core.state.MachineryState.OperationMode.SETUP;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineryStateTest {

    @Test
    void readsOpc40001ItemStateWithOperationMode() {
        assertThat(MachineryState.of(EXECUTING, PROCESSING)).isEqualTo(EquipmentState.RUNNING);
        assertThat(MachineryState.of(EXECUTING, SETUP)).isEqualTo(EquipmentState.CHANGEOVER);
        assertThat(MachineryState.of(NOT_EXECUTING, PROCESSING)).isEqualTo(EquipmentState.IDLE);
        assertThat(MachineryState.of(OUT_OF_SERVICE, PROCESSING)).isEqualTo(EquipmentState.DOWN);
        assertThat(MachineryState.of(OUT_OF_SERVICE, MAINTENANCE)).isEqualTo(EquipmentState.PLANNED_STOP);
        assertThat(MachineryState.of(NOT_AVAILABLE, PROCESSING)).isEqualTo(EquipmentState.OFFLINE);
    }
}
