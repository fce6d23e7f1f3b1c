package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;

class SampleTranslatorTest {

    private static final Instant SOURCE = Instant.parse("2025-03-01T06:00:00.123456Z");
    private static final Instant SERVER = Instant.parse("2025-03-01T06:00:00.200Z");

    @Test
    void takesSourceAndServerTimestampsInMicros() {
        DataValue value =
                new DataValue(Variant.ofDouble(12.5), StatusCode.GOOD, new DateTime(SOURCE), new DateTime(SERVER));

        Sample sample = SampleTranslator.toSample(7, value, 1);

        assertThat(sample).isEqualTo(new Sample(7, micros(SOURCE), micros(SERVER), 12.5, Quality.GOOD));
    }

    @Test
    void fallsBackToServerTimeThenReceiveTime() {
        DataValue serverOnly = new DataValue(Variant.ofInt32(3), StatusCode.GOOD, null, new DateTime(SERVER));
        DataValue noTimes = new DataValue(Variant.ofInt32(3), StatusCode.GOOD, null, null);

        assertThat(SampleTranslator.toSample(1, serverOnly, 99).sourceTimeMicros())
                .isEqualTo(micros(SERVER));
        assertThat(SampleTranslator.toSample(1, serverOnly, 99).timeOrigin()).isEqualTo(Sample.TimeOrigin.SERVER);
        assertThat(SampleTranslator.toSample(1, noTimes, 99).sourceTimeMicros()).isEqualTo(99);
        assertThat(SampleTranslator.toSample(1, noTimes, 99).timeOrigin()).isEqualTo(Sample.TimeOrigin.RECEIVED);
        assertThat(SampleTranslator.toSample(1, noTimes, 99).serverTimeMicros()).isEqualTo(99);
    }

    @Test
    void turnsUnsignedAndBooleanValuesIntoDoubles() {
        assertThat(SampleTranslator.toDouble(uint(4_294_967_295L))).isEqualTo(4_294_967_295.0);
        assertThat(SampleTranslator.toDouble(true)).isEqualTo(1.0);
        assertThat(SampleTranslator.toDouble(false)).isEqualTo(0.0);
    }

    @Test
    void turnsNonNumericValuesIntoTextSamples() {
        Sample text = SampleTranslator.toSample(1, new DataValue(Variant.ofString("RUNNING")), 0);
        Sample time = SampleTranslator.toSample(1, new DataValue(Variant.ofDateTime(new DateTime(SOURCE))), 0);
        Sample text2 = SampleTranslator.toSample(
                1, new DataValue(Variant.ofLocalizedText(LocalizedText.english("Stopped"))), 0);

        assertThat(text.text()).isEqualTo("RUNNING");
        assertThat(text.value()).isNaN();
        assertThat(text.isText()).isTrue();
        assertThat(time.text()).isEqualTo("2025-03-01T06:00:00.123456Z");
        assertThat(text2.text()).isEqualTo("Stopped");
    }

    @Test
    void writesArraysAsBracketedListsAndStatusCodesAsNumbers() {
        assertThat(SampleTranslator.toText(new Integer[] {1, 2, 3})).isEqualTo("[1, 2, 3]");
        assertThat(SampleTranslator.toText(new Boolean[] {true, false})).isEqualTo("[1, 0]");
        assertThat(SampleTranslator.toText(new String[] {"a", "b"})).isEqualTo("[a, b]");
        assertThat(SampleTranslator.toDouble(new StatusCode(StatusCodes.Bad_NoCommunication)))
                .isEqualTo((double) StatusCodes.Bad_NoCommunication);
    }

    @Test
    void deliversMissingValueWithBadQualityAsNaN() {
        DataValue bad = new DataValue(new StatusCode(StatusCodes.Bad_NoCommunication));

        Sample sample = SampleTranslator.toSample(1, bad, 5);

        assertThat(sample.value()).isNaN();
        assertThat(sample.quality()).isEqualTo(Quality.BAD);
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
