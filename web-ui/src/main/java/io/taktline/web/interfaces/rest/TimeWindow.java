package io.taktline.web.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The period a query asks about, taken as {@code @BeanParam}: {@code from} and {@code to}, ISO-8601
 * instants. One rule for every endpoint: {@code to} defaults to now, {@code from} to {@code to} minus
 * the endpoint's usual span; {@code from} must come before {@code to}, and the period may be no
 * longer than the endpoint's limit.
 */
public class TimeWindow {

    // Read as text and parsed in resolve(): a converter failing inside a bean parameter is logged by
    // Jersey with a stack trace for every bad request. No OpenAPI @Parameter here: Payara's OpenAPI
    // processor fails on annotated bean-parameter fields.
    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    /** A resolved period, {@code [start, end)}. */
    public record Period(Instant start, Instant end) {

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** The period asked for, with the defaults applied; a 400 naming what is wrong otherwise. */
    public Period resolve(Clock clock, Duration span, Duration longest) {
        Instant end = given(to) ? RestParameters.instant("query parameter to", to) : clock.instant();
        Instant start = given(from) ? RestParameters.instant("query parameter from", from) : end.minus(span);
        if (!start.isBefore(end)) {
            throw ApiProblem.badRequest("query parameter from (" + start + ") is not before to (" + end
                    + "); give a period whose start comes first");
        }
        if (Duration.between(start, end).compareTo(longest) > 0) {
            throw ApiProblem.badRequest("the period from " + start + " to " + end + " is longer than "
                    + describe(longest) + "; ask for " + describe(longest) + " or less at a time");
        }
        return new Period(start, end);
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String describe(Duration duration) {
        long days = duration.toDays();
        if (days >= 1 && duration.equals(Duration.ofDays(days))) {
            return days + (days == 1 ? " day" : " days");
        }
        return duration.toHours() + " hours";
    }
}
