package io.taktline.core.downtime.infrastructure;

import io.taktline.core.downtime.StoredStop;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A stop as JSON for the audit trail's before and after. */
final class StopJson {

    private StopJson() {}

    static String of(StoredStop stop) {
        return "{\"id\": " + stop.id() + ", \"assetId\": " + stop.assetId() + ", \"start\": " + time(stop.start())
                + ", \"end\": " + time(stop.end()) + ", \"reason\": "
                + text(stop.reason() == null ? null : stop.reason().code()) + ", \"source\": \"" + stop.source()
                + "\", \"classifiedBy\": " + text(stop.event().classifiedBy()) + ", \"comment\": "
                + text(stop.event().comment()) + ", \"faultCode\": "
                + stop.event().faultCode() + "}";
    }

    static String of(List<StoredStop> stops) {
        return stops.stream().map(StopJson::of).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String time(Instant at) {
        return at == null ? "null" : "\"" + at + "\"";
    }

    /** A JSON string, escaped; or null. */
    static String text(String value) {
        return value == null ? "null" : Json.createValue(value).toString();
    }
}
