package io.taktline.web.interfaces.metrics;

import io.taktline.core.live.AssetEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counts the asset events as they are fired (CDI, asynchronously) at {@code /metrics}: state
 * changes and counted parts, so a scrape shows that the plant's events flow.
 */
@ApplicationScoped
public class EventMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void stateChanged(@ObservesAsync AssetEvent.StateChanged event) {
        counter("taktline_equipment_state_changes_total", "equipment state changes since start")
                .inc();
    }

    void partsCounted(@ObservesAsync AssetEvent.PartsCounted event) {
        counter("taktline_parts_counted_total", "parts counted by part counters since start (all kinds)")
                .inc(event.parts());
    }

    private Counter counter(String name, String description) {
        return registry.counter(
                Metadata.builder().withName(name).withDescription(description).build());
    }
}
