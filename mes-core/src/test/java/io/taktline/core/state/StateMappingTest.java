package io.taktline.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateMappingTest {

    @Test
    void mapsSimulatorVendorCodesToEquipmentStates() {
        assertThat(StateMapping.TAKTLINE_SIMULATOR.stateOf(1)).isEqualTo(EquipmentState.RUNNING);
        assertThat(StateMapping.TAKTLINE_SIMULATOR.stateOf(5)).isEqualTo(EquipmentState.DOWN);
        assertThat(StateMapping.TAKTLINE_SIMULATOR.stateOf(7)).isEqualTo(EquipmentState.CHANGEOVER);
    }

    @Test
    void readsUnknownOrFractionalCodesAsOffline() {
        assertThat(StateMapping.TAKTLINE_SIMULATOR.stateOf(0)).isEqualTo(EquipmentState.OFFLINE);
        assertThat(StateMapping.TAKTLINE_SIMULATOR.stateOf(42)).isEqualTo(EquipmentState.OFFLINE);
        assertThat(StateMapping.TAKTLINE_SIMULATOR.stateOf(1.5)).isEqualTo(EquipmentState.OFFLINE);
    }
}
