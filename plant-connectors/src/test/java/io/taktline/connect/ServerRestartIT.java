package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.sim.PlantLayout;
import io.taktline.sim.PlantSimulator;
import io.taktline.sim.SimulatorSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerRestartIT {

    @Test
    void resumesDeliveryAfterTheServerRestarts() throws Exception {
        SimulatorSettings settings = new SimulatorSettings("localhost", freePort(), 42, 10.0);
        NodeRef tonnage = PlantLayout.demo().allNodes().get(2);
        CollectingSink sink = new CollectingSink();
        PlantSimulator simulator = PlantSimulator.start(settings);
        try {
            try (OpcUaConnector connector = new OpcUaConnector(
                    new EndpointSettings("simulator", simulator.endpointUrl()),
                    List.of(new TagBinding(1, tonnage, 100)),
                    sink)) {
                connector.start();
                SimulatorConnectorIT.await(
                        Duration.ofSeconds(15), () -> !sink.samples(1).isEmpty());
                assertThat(sink.samples(1)).as("samples before the restart").isNotEmpty();

                simulator.close();
                SimulatorConnectorIT.await(
                        Duration.ofSeconds(15), () -> connector.status().state() == ConnectionState.RECONNECTING);
                assertThat(connector.status().state()).isEqualTo(ConnectionState.RECONNECTING);

                simulator = PlantSimulator.start(settings);
                int before = sink.samples(1).size();
                SimulatorConnectorIT.await(
                        Duration.ofSeconds(30), () -> sink.samples(1).size() > before + 5);

                assertThat(sink.samples(1).size())
                        .as("samples after the restart")
                        .isGreaterThan(before + 5);
                assertThat(connector.status().state()).isEqualTo(ConnectionState.CONNECTED);
                assertThat(connector.status().tagFailures()).isEmpty();
            }
        } finally {
            simulator.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
