package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.junit.jupiter.api.Test;

class ValueConversionTest {

    @Test
    void convertsToTheNodesExactJavaType() {
        assertThat(ValueConversion.convert(42, OpcUaDataType.Int16)).isEqualTo((short) 42);
        assertThat(ValueConversion.convert("7", OpcUaDataType.Byte)).isEqualTo(UByte.valueOf(7));
        assertThat(ValueConversion.convert(4_294_967_295L, OpcUaDataType.UInt32))
                .isEqualTo(UInteger.valueOf(4_294_967_295L));
        assertThat(ValueConversion.convert("18446744073709551615", OpcUaDataType.UInt64))
                .isEqualTo(ULong.MAX);
        assertThat(ValueConversion.convert(3.0, OpcUaDataType.Int64)).isEqualTo(3L);
        assertThat(ValueConversion.convert(1.5, OpcUaDataType.Float)).isEqualTo(1.5f);
        assertThat(ValueConversion.convert(1, OpcUaDataType.Boolean)).isEqualTo(true);
        assertThat(ValueConversion.convert("false", OpcUaDataType.Boolean)).isEqualTo(false);
        assertThat(ValueConversion.convert(12, OpcUaDataType.String)).isEqualTo("12");
        assertThat(ValueConversion.convert("2026-11-25T05:00:00Z", OpcUaDataType.DateTime))
                .isEqualTo(new DateTime(Instant.parse("2026-11-25T05:00:00Z")));
    }

    @Test
    void refusesValuesThatWouldChange() {
        assertThatThrownBy(() -> ValueConversion.convert(2.5, OpcUaDataType.Int32))
                .hasMessageContaining("2.5")
                .hasMessageContaining("whole number")
                .hasMessageContaining("Int32");
        assertThatThrownBy(() -> ValueConversion.convert(-1, OpcUaDataType.UInt16))
                .hasMessageContaining("out of range for UInt16 (0..65535)");
        assertThatThrownBy(() -> ValueConversion.convert(128, OpcUaDataType.SByte))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> ValueConversion.convert("abc", OpcUaDataType.Double))
                .hasMessageContaining("'abc' is not a number");
        assertThatThrownBy(() -> ValueConversion.convert(2, OpcUaDataType.Boolean))
                .hasMessageContaining("not a Boolean");
        assertThatThrownBy(() -> ValueConversion.convert(Double.NaN, OpcUaDataType.Int32))
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> ValueConversion.convert(1, OpcUaDataType.ExtensionObject))
                .hasMessageContaining("not supported");
    }
}
