package io.taktline.web.interfaces.rest;

import io.taktline.core.andon.AndonCallId;
import io.taktline.core.downtime.StopId;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The API's parameters as types, each refused with a 400 that names the parameter and what to send:
 * JAX-RS by itself answers a malformed number in the path with an HTML 404, reads "maybe" as false,
 * and takes instants a billion years away.
 *
 * <ul>
 *   <li>{@code boolean}: only {@code true} or {@code false} (any case);
 *   <li>{@code long}, {@code int}: whole numbers in range; an id in the path that is not one is a
 *       404 (there is no such thing), in the query a 400;
 *   <li>{@link StopId}, {@link AndonCallId}: a whole number of 1 or more, as an id in the path;
 *   <li>{@link Instant}: ISO-8601 with a zone or offset, from {@link #EARLIEST} to {@link #LATEST}.
 * </ul>
 */
@Provider
public class RestParameters implements ParamConverterProvider {

    /** The range of instants the API takes: a plant's history, and its plans for the decades ahead. */
    public static final Instant EARLIEST =
            LocalDate.of(1970, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    public static final Instant LATEST =
            LocalDate.of(2200, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null || (rawType.isPrimitive() && !name.startsWith("path") && !defaulted(annotations))) {
            // An absent primitive query parameter without a default would reach the method as null.
            return null;
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(text -> flag(name, text));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(text -> whole(name, text, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == AndonCallId.class) {
            return (ParamConverter<T>) converter(text -> new AndonCallId(whole(name, text, 1, Long.MAX_VALUE)));
        }
        if (rawType == StopId.class) {
            return (ParamConverter<T>) converter(text -> new StopId(whole(name, text, 1, Long.MAX_VALUE)));
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(text -> (int) whole(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == Instant.class) {
            // An empty ?from= is the same as none: the endpoint's default.
            return (ParamConverter<T>) converter(text -> text.isBlank() ? null : instant(name, text));
        }
        return null;
    }

    static boolean flag(String name, String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw ApiProblem.badRequest(name + " is '" + shortened(text) + "'; give true or false");
    }

    static long whole(String name, String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw refusedNumber(name, text, min, max);
        }
        if (value < min || value > max) {
            throw refusedNumber(name, text, min, max);
        }
        return value;
    }

    /** An instant within the API's range; {@code name} says which input it is (e.g. "query parameter from"). */
    public static Instant instant(String name, String text) {
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + " is '" + shortened(text)
                    + "', not an ISO-8601 instant; write it like 2026-11-25T06:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw ApiProblem.badRequest(
                    name + " is " + instant + "; give an instant from " + EARLIEST + " to before " + LATEST);
        }
        return instant;
    }

    private static ApiProblem refusedNumber(String name, String text, long min, long max) {
        String message = name + " is '" + shortened(text) + "'; give a whole number from " + min + " to " + max;
        return name.startsWith("path") ? ApiProblem.notFound(message) : ApiProblem.badRequest(message);
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return "query parameter " + query.value();
            } else if (annotation instanceof PathParam path) {
                return "path parameter " + path.value();
            } else if (annotation instanceof HeaderParam header) {
                return "header " + header.value();
            } else if (annotation instanceof FormParam form) {
                return "form field " + form.value();
            } else if (annotation instanceof MatrixParam matrix) {
                return "matrix parameter " + matrix.value();
            } else if (annotation instanceof CookieParam cookie) {
                return "cookie " + cookie.value();
            }
        }
        return null;
    }

    private static boolean defaulted(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof DefaultValue) {
                return true;
            }
        }
        return false;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    throw new IllegalArgumentException("no value");
                }
                return parse.apply(value);
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}
