package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionWatchdogIT {

    @Test
    void rebuildsASubscriptionThatDeliversNeitherDataNorKeepAlives() throws Exception {
        CollectingSink sink = new CollectingSink();
        try (TestPlcServer plc = TestPlcServer.start(0);
                OpcUaConnector connector = new OpcUaConnector(
                        new EndpointSettings("plc", plc.url()),
                        List.of(new TagBinding(1, TestPlcServer.node("Counter"), 100)),
                        sink)) {
            connector.start();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15), () -> sink.samples(1).size() > 3);
            assertThat(sink.samples(1)).hasSizeGreaterThan(3);

            plc.silenceSubscriptions();
            Thread.sleep(1_000);
            int silenced = sink.samples(1).size();
            // Milo's watchdog fires after 1.5 keep-alive intervals (as the server revised them) without a reply.
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(40), () -> sink.samples(1).size() > silenced + 5);

            assertThat(sink.samples(1).size()).as("samples after the rebuild").isGreaterThan(silenced + 5);
            assertThat(sink.samples(1)).extracting(Sample::value).doesNotHaveDuplicates();
            assertThat(connector.status().state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(connector.status().subscriptions()).isEqualTo(1);
        }
    }
}
