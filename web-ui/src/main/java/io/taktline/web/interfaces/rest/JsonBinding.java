package io.taktline.web.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The API's JSON-B: JSON-B's defaults, except that a request naming a field the request does not
 * have is refused (a misspelt {@code "reson"} would otherwise be read as no reason at all).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    /** Yasson's switch for it: JSON-B itself ignores unknown fields. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withDeserializers(new StrictText(), new StrictFlag(), new StrictLong(), new StrictInteger()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /*
     * JSON-B reads "yes" as false and 123 as the text "123": a request's field takes only its own kind
     * of JSON value, and a refusal says which kind that is. One class per type: JSON-B finds a
     * deserializer by the type argument its class declares.
     */

    static final class StrictText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser, ValueType.STRING, "a text");
            return value == null ? null : ((JsonString) value).getString();
        }
    }

    static final class StrictFlag implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser, ValueType.TRUE, "true or false");
            return value == null ? null : value == JsonValue.TRUE;
        }
    }

    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser, ValueType.NUMBER, "a whole number");
            return value == null ? null : whole(value);
        }
    }

    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser, ValueType.NUMBER, "a whole number");
            if (value == null) {
                return null;
            }
            long whole = whole(value);
            if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
                throw new JsonbException("must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        + ", not " + whole);
            }
            return (int) whole;
        }
    }

    /** The value the parser stands at if it is of {@code expected} kind (TRUE for either flag); null for null. */
    private static JsonValue value(JsonParser parser, ValueType expected, String kind) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == ValueType.NULL) {
            return null; // left to @NotNull
        }
        ValueType found = value.getValueType() == ValueType.FALSE ? ValueType.TRUE : value.getValueType();
        if (found != expected) {
            throw new JsonbException("must be " + kind + ", not " + found(value.getValueType()));
        }
        return value;
    }

    private static long whole(JsonValue value) {
        JsonNumber number = (JsonNumber) value;
        try {
            return number.bigDecimalValue().longValueExact();
        } catch (ArithmeticException e) {
            String text = number.toString();
            throw new JsonbException("must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    + ", not " + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
    }

    private static String found(ValueType type) {
        return switch (type) {
            case STRING -> "a text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true or false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }
}
