package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerRestartIT {

    @Test
    void resumesWithin20SecondsOfTheServerBeingBackWithoutDuplicates() throws Exception {
        CollectingSink sink = new CollectingSink();
        try (TestPlcServer plc = TestPlcServer.start(0);
                OpcUaConnector connector = new OpcUaConnector(
                        new EndpointSettings("plc", plc.url()),
                        List.of(
                                new TagBinding(1, TestPlcServer.node("Counter"), 100),
                                new TagBinding(2, TestPlcServer.node("Recipe"), 100)),
                        sink)) {
            connector.start();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15), () -> sink.samples(1).size() > 5);
            assertThat(sink.samples(1)).as("samples before the restart").hasSizeGreaterThan(5);

            plc.stop();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15), () -> connector.status().state() == ConnectionState.RECONNECTING);
            assertThat(connector.status().state()).isEqualTo(ConnectionState.RECONNECTING);
            int before = sink.samples(1).size();

            plc.startAgain();
            long back = System.nanoTime();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(20), () -> sink.samples(1).size() > before);
            long resumedAfterMillis = (System.nanoTime() - back) / 1_000_000;
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(5), () -> sink.samples(1).size() > before + 5);

            assertThat(sink.samples(1).size()).as("samples after the restart").isGreaterThan(before + 5);
            assertThat(resumedAfterMillis)
                    .as("ms from server back to first new sample")
                    .isLessThan(20_000);
            assertThat(sink.samples(1))
                    .extracting(Sample::value)
                    .as("counter values")
                    .doesNotHaveDuplicates();
            assertThat(sink.samples(1)).extracting(Sample::sourceTimeMicros).doesNotHaveDuplicates();
            assertThat(connector.status().state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(connector.status().tagFailures()).isEmpty();
        }
    }
}
