package io.taktline.web.interfaces.metrics;

import io.taktline.web.interfaces.board.BoardScreens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** How many andon-board screens are connected now, at {@code /metrics}: a dark screen above a line shows as a drop. */
@ApplicationScoped
public class BoardMetrics {

    @Inject
    BoardScreens screens;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void register(@Observes Startup startup) {
        registry.gauge(
                Metadata.builder()
                        .withName("taktline_board_screens")
                        .withDescription("andon-board screens connected to their line's event stream")
                        .build(),
                screens,
                BoardScreens::screens);
    }
}
