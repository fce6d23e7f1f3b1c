package io.taktline.connect;

import io.taktline.connect.Sample.TimeOrigin;
import java.lang.reflect.Array;
import java.time.Instant;
import java.util.Base64;
import java.util.StringJoiner;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Matrix;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.XmlElement;

/**
 * Translates Milo's data values into {@link Sample}s; the only place that knows both.
 *
 * <p>Mapping: numbers (signed, unsigned, Float, Double) to {@code value}; Boolean to 0/1;
 * StatusCode to its 32-bit code. Everything else is a text sample: String as is, DateTime as
 * ISO-8601 UTC, LocalizedText its text, QualifiedName and NodeId and Guid their OPC UA text form,
 * ByteString Base64, XmlElement its fragment, one-dimensional arrays {@code [a, b, c]} of their
 * elements' texts, matrices {@code Matrix[dims]} (values not included), structures (ExtensionObject) as
 * {@code ExtensionObject(<encoding id>)}: Taktline does not decode structures; bind their fields. A missing value (as servers send
 * with bad quality) is NaN without text.
 */
final class SampleTranslator {

    /** 100 ns ticks between the OPC UA epoch (1601-01-01) and the Unix epoch. */
    private static final long UNIX_EPOCH_IN_OPC_UA_TICKS = 116_444_736_000_000_000L;

    private SampleTranslator() {}

    static Sample toSample(long tagId, DataValue dataValue, long receivedMicros) {
        Object raw = dataValue.getValue().getValue();
        double value = toDouble(raw);
        String text = Double.isNaN(value) && raw != null ? toText(raw) : null;
        DateTime server = dataValue.getServerTime();
        DateTime source = dataValue.getSourceTime();
        boolean hasServer = server != null && !server.isNull();
        boolean hasSource = source != null && !source.isNull();
        long serverTime = hasServer ? micros(server) : receivedMicros;
        long sourceTime = hasSource ? micros(source) : serverTime;
        TimeOrigin origin = hasSource ? TimeOrigin.SOURCE : hasServer ? TimeOrigin.SERVER : TimeOrigin.RECEIVED;
        return new Sample(tagId, sourceTime, serverTime, value, quality(dataValue.getStatusCode()), text, origin);
    }

    static Quality quality(StatusCode status) {
        if (status == null || status.isGood()) {
            return Quality.GOOD;
        }
        return status.isUncertain() ? Quality.UNCERTAIN : Quality.BAD;
    }

    /** The value as a double: numbers (unsigned ones included) as is, Booleans as 0/1, else NaN. */
    static double toDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1.0 : 0.0;
        }
        if (value instanceof StatusCode status) {
            return status.getValue();
        }
        return Double.NaN;
    }

    static String toText(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof DateTime time) {
            return time.isNull()
                    ? ""
                    : Instant.ofEpochSecond(0, (time.getUtcTime() - UNIX_EPOCH_IN_OPC_UA_TICKS) * 100)
                            .toString();
        }
        if (value instanceof LocalizedText localized) {
            return localized.getText() == null ? "" : localized.getText();
        }
        if (value instanceof QualifiedName name) {
            return name.toParseableString();
        }
        if (value instanceof NodeId nodeId) {
            return nodeId.toParseableString();
        }
        if (value instanceof ByteString bytes) {
            return Base64.getEncoder().encodeToString(bytes.bytesOrEmpty());
        }
        if (value instanceof XmlElement xml) {
            return xml.getFragment() == null ? "" : xml.getFragment();
        }
        if (value instanceof Variant variant) {
            return toText(variant.getValue());
        }
        if (value instanceof Matrix matrix) {
            return "Matrix" + java.util.Arrays.toString(matrix.getDimensions());
        }
        if (value instanceof ExtensionObject structure) {
            return "ExtensionObject(" + structure.getEncodingOrTypeId().toParseableString() + ")";
        }
        if (value.getClass().isArray()) {
            StringJoiner joined = new StringJoiner(", ", "[", "]");
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                Object element = Array.get(value, i);
                double number = toDouble(element);
                joined.add(Double.isNaN(number) ? toText(element) : numberText(element));
            }
            return joined.toString();
        }
        return value.toString();
    }

    private static String numberText(Object element) {
        return element instanceof Boolean b ? (b ? "1" : "0") : element.toString();
    }

    static String typeName(DataValue dataValue) {
        Object value = dataValue.getValue().getValue();
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    static long micros(DateTime time) {
        return (time.getUtcTime() - UNIX_EPOCH_IN_OPC_UA_TICKS) / 10;
    }

    static long micros(DateTime time, long fallbackMicros) {
        return time == null || time.isNull() ? fallbackMicros : micros(time);
    }
}
