package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachableEndpointIT {

    @Test
    void reportsFailedWithTheConnectionProblemWithoutBlockingTheCaller() throws IOException {
        String url = "opc.tcp://localhost:" + closedPort();
        NodeRef node = NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/State");
        OpcUaConnector connector = new OpcUaConnector(
                new EndpointSettings("nowhere", url), List.of(new TagBinding(1, node, 500)), sample -> {});

        long before = System.nanoTime();
        connector.start();
        long startMillis = (System.nanoTime() - before) / 1_000_000;
        SimulatorConnectorIT.await(
                Duration.ofSeconds(15), () -> connector.status().state() == ConnectionState.FAILED);
        ConnectorStatus failed = connector.status();

        long closeBefore = System.nanoTime();
        connector.close();
        long closeMillis = (System.nanoTime() - closeBefore) / 1_000_000;

        assertThat(startMillis).as("start() duration in ms").isLessThan(200);
        assertThat(failed.state()).isEqualTo(ConnectionState.FAILED);
        assertThat(failed.cause()).containsIgnoringCase("Connection refused");
        assertThat(failed.url()).isEqualTo(url);
        assertThat(closeMillis).as("close() duration in ms").isLessThan(5_000);
        ConnectorStatus afterClose = connector.status();
        sleep(1_500);
        assertThat(connector.status()).as("no more attempts after close").isEqualTo(afterClose);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
