package io.taktline.connect;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** Translates Milo's data values into {@link Sample}s; the only place that knows both. */
final class SampleTranslator {

    /** 100 ns ticks between the OPC UA epoch (1601-01-01) and the Unix epoch. */
    private static final long UNIX_EPOCH_IN_OPC_UA_TICKS = 116_444_736_000_000_000L;

    private SampleTranslator() {}

    /**
     * Returns the sample for the value, or null when the value is not numeric. A missing value (as
     * servers send with bad quality) becomes NaN.
     */
    static Sample toSample(long tagId, DataValue dataValue, long receivedMicros) {
        double value = toDouble(dataValue.getValue().getValue());
        if (Double.isNaN(value) && dataValue.getValue().isNotNull()) {
            return null;
        }
        long serverTime = micros(dataValue.getServerTime(), receivedMicros);
        long sourceTime = micros(dataValue.getSourceTime(), serverTime);
        return new Sample(tagId, sourceTime, serverTime, value, quality(dataValue.getStatusCode()));
    }

    static Quality quality(StatusCode status) {
        if (status == null || status.isGood()) {
            return Quality.GOOD;
        }
        return status.isUncertain() ? Quality.UNCERTAIN : Quality.BAD;
    }

    /** The value as a double: numbers (unsigned ones included) as is, Booleans as 0/1, else NaN. */
    static double toDouble(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1.0 : 0.0;
        }
        return Double.NaN;
    }

    static String typeName(DataValue dataValue) {
        Object value = dataValue.getValue().getValue();
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    static long micros(DateTime time, long fallbackMicros) {
        if (time == null || time.isNull()) {
            return fallbackMicros;
        }
        return (time.getUtcTime() - UNIX_EPOCH_IN_OPC_UA_TICKS) / 10;
    }
}
