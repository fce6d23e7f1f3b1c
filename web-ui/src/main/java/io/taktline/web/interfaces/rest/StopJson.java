package io.taktline.web.interfaces.rest;

import io.taktline.core.asset.AssetView;
import io.taktline.core.downtime.DowntimeEvent;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.ReasonTree;
import io.taktline.core.downtime.StoredStop;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A stop as the API answers it.
 *
 * @param end null while the stop lasts
 * @param durationSeconds until its end, or until now while it lasts
 * @param reason null while it waits for an operator
 * @param shift the name of the shift of its line it began in; null when its line has none then
 */
@JsonbNillable
public record StopJson(
        long id,
        long assetId,
        String assetPath,
        Instant start,
        Instant end,
        double durationSeconds,
        Reason reason,
        DowntimeEvent.Source source,
        String classifiedBy,
        Instant classifiedAt,
        String comment,
        Integer faultCode,
        String shift) {

    /** @param path the codes from the tree's root down to this reason */
    @JsonbNillable
    public record Reason(String code, String name, ReasonCategory category, List<String> path) {}

    static StopJson of(StoredStop stop, AssetView asset, ReasonTree tree, String shift, Instant now) {
        DowntimeReason reason = stop.reason();
        DowntimeEvent event = stop.event();
        return new StopJson(
                stop.id().value(),
                stop.assetId(),
                asset == null ? null : asset.path(),
                stop.start(),
                stop.end(),
                stop.duration(now).toMillis() / 1000.0,
                reason == null
                        ? null
                        : new Reason(
                                reason.code(),
                                reason.name(),
                                reason.category(),
                                tree.pathOf(reason).stream()
                                        .map(DowntimeReason::code)
                                        .toList()),
                stop.source(),
                event.classifiedBy(),
                event.classifiedAt(),
                event.comment(),
                event.faultCode(),
                shift);
    }
}
