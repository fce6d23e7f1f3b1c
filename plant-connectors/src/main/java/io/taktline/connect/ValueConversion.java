package io.taktline.connect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

/**
 * Converts a value given by the application (Number, Boolean, String, Instant) to the Java type of
 * an OPC UA built-in scalar type, refusing anything that would change the value: fractions for
 * integer types, values out of range, text that does not parse.
 */
final class ValueConversion {

    private ValueConversion() {}

    /** @throws IllegalArgumentException naming the value, the type and what is acceptable */
    static Object convert(Object value, OpcUaDataType type) {
        if (value == null) {
            throw new IllegalArgumentException("a null value cannot be written; give a " + type + " value");
        }
        return switch (type) {
            case Boolean -> toBoolean(value);
            case SByte ->
                (byte) integer(value, type, Byte.MIN_VALUE, Byte.MAX_VALUE).longValue();
            case Int16 ->
                (short) integer(value, type, Short.MIN_VALUE, Short.MAX_VALUE).longValue();
            case Int32 ->
                (int) integer(value, type, Integer.MIN_VALUE, Integer.MAX_VALUE).longValue();
            case Int64 -> integer(value, type, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
            case Byte -> UByte.valueOf(integer(value, type, 0, 255).intValue());
            case UInt16 -> UShort.valueOf(integer(value, type, 0, 65_535).intValue());
            case UInt32 ->
                UInteger.valueOf(integer(value, type, 0, 4_294_967_295L).longValue());
            case UInt64 -> ULong.valueOf(integer(value, type, BigInteger.ZERO, ULong.MAX_VALUE));
            case Float -> (float) real(value, type);
            case Double -> real(value, type);
            case String -> value.toString();
            case LocalizedText -> LocalizedText.english(value.toString());
            case DateTime -> new DateTime(instant(value, type));
            case Guid -> UUID.fromString(value.toString());
            case ByteString ->
                value instanceof byte[] bytes
                        ? ByteString.of(bytes)
                        : ByteString.of(java.util.Base64.getDecoder().decode(value.toString()));
            case StatusCode ->
                new StatusCode(integer(value, type, 0, 4_294_967_295L).longValue());
            default ->
                throw new IllegalArgumentException("writing nodes of data type " + type
                        + " is not supported; Taktline writes scalars of the numeric, Boolean, String, DateTime, Guid"
                        + " and ByteString types");
        };
    }

    private static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
            return n.doubleValue() == 1;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("1")) {
            return true;
        }
        if (text.equals("false") || text.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("value '" + value + "' is not a Boolean; give true/false or 1/0");
    }

    private static BigInteger integer(Object value, OpcUaDataType type, long min, long max) {
        return integer(value, type, BigInteger.valueOf(min), BigInteger.valueOf(max));
    }

    private static BigInteger integer(Object value, OpcUaDataType type, BigInteger min, BigInteger max) {
        BigDecimal decimal = decimal(value, type);
        BigInteger whole;
        try {
            whole = decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("value '" + value + "' is not a whole number; the node is " + type);
        }
        if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "value '" + value + "' is out of range for " + type + " (" + min + ".." + max + ")");
        }
        return whole;
    }

    private static double real(Object value, OpcUaDataType type) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return decimal(value, type).doubleValue();
    }

    private static BigDecimal decimal(Object value, OpcUaDataType type) {
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("value '" + value + "' is not a finite number; the node is " + type);
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value '" + value + "' is not a number; the node is " + type);
        }
    }

    private static Instant instant(Object value, OpcUaDataType type) {
        if (value instanceof Instant i) {
            return i;
        }
        try {
            return Instant.parse(value.toString());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("value '" + value
                    + "' is not an ISO-8601 instant (e.g. 2026-11-25T05:00:00Z); the node is " + type);
        }
    }
}
