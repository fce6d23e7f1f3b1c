package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.junit.jupiter.api.Test;

class QualityTest {

    @Test
    void storesGoodUncertainBadAsZeroOneTwo() {
        assertThat(Quality.GOOD.code()).isEqualTo((short) 0);
        assertThat(Quality.UNCERTAIN.code()).isEqualTo((short) 1);
        assertThat(Quality.BAD.code()).isEqualTo((short) 2);
    }

    @Test
    void readsBackEveryCode() {
        for (Quality quality : Quality.values()) {
            assertThat(Quality.ofCode(quality.code())).isEqualTo(quality);
        }
    }

    @Test
    void rejectsUnknownCode() {
        assertThatThrownBy(() -> Quality.ofCode(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quality code 3");
    }

    @Test
    void mapsStatusCodeSeverity() {
        assertThat(SampleTranslator.quality(StatusCode.GOOD)).isEqualTo(Quality.GOOD);
        assertThat(SampleTranslator.quality(new StatusCode(StatusCodes.Uncertain_LastUsableValue)))
                .isEqualTo(Quality.UNCERTAIN);
        assertThat(SampleTranslator.quality(new StatusCode(StatusCodes.Bad_CommunicationError)))
                .isEqualTo(Quality.BAD);
    }
}
