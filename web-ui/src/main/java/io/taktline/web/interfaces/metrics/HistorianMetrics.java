package io.taktline.web.interfaces.metrics;

import io.taktline.db.historian.HistorianStats;
import io.taktline.web.plant.PlantHistorian;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The historian's figures as MicroProfile Metrics gauges at {@code /metrics}: queue depth, spool
 * bytes, rows per second, last batch latency, failures and drops. Each gauge reads the writer's
 * counters when scraped, so it follows a writer that starts late (database retried).
 */
@ApplicationScoped
public class HistorianMetrics {

    @Inject
    PlantHistorian historian;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void register(@Observes Startup startup) {
        gauge("taktline_historian_queue_depth", "samples waiting in memory", HistorianStats::queued);
        gauge("taktline_historian_spool_bytes", "bytes waiting in the on-disk spool", HistorianStats::spoolBytes);
        gauge("taktline_historian_rows_per_second", "rows stored per second", HistorianStats::rowsPerSecond);
        gauge("taktline_historian_batch_latency_ms", "time of the last stored batch", HistorianStats::lastBatchMillis);
        gauge("taktline_historian_written_total", "samples stored since start", HistorianStats::written);
        gauge(
                "taktline_historian_failed_batches_total",
                "failed write attempts since start",
                HistorianStats::failedBatches);
        gauge(
                "taktline_historian_dropped_total",
                "samples lost because queue and spool were full",
                HistorianStats::dropped);
    }

    private void gauge(String name, String description, ToDoubleFunction<HistorianStats> figure) {
        registry.gauge(
                org.eclipse.microprofile.metrics.Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .build(),
                historian,
                current -> current.writer()
                        .map(writer -> figure.applyAsDouble(writer.stats()))
                        .orElse(Double.NaN));
    }
}
