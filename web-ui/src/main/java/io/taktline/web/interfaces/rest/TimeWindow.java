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

    // No OpenAPI @Parameter here: Payara's OpenAPI processor fails on annotated bean-parameter fields;
    // the endpoints describe from and to in their operation's description.
    @QueryParam("from")
    Instant from;

    @QueryParam("to")
    Instant to;

    /** A resolved period, {@code [start, end)}. */
    public record Period(Instant start, Instant end) {

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** The period asked for, with the defaults applied; a 400 naming what is wrong otherwise. */
    public Period resolve(Clock clock, Duration span, Duration longest) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(span);
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

    private static String describe(Duration duration) {
        long days = duration.toDays();
        if (days >= 1 && duration.equals(Duration.ofDays(days))) {
            return days + (days == 1 ? " day" : " days");
        }
        return duration.toHours() + " hours";
    }
}
