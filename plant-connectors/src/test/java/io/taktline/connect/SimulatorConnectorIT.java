package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.sim.PlantLayout;
import io.taktline.sim.PlantSimulator;
import io.taktline.sim.SimulatorSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatorConnectorIT {

    private PlantSimulator simulator;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = PlantSimulator.start(new SimulatorSettings("localhost", 0, 42, 20.0));
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void servesTheDemoLayoutAtAPathlessEndpointUrl() {
        assertThat(simulator.endpointUrl()).isEqualTo("opc.tcp://localhost:" + simulator.port());
        assertThat(simulator.layout().allNodes()).hasSize(3 * simulator.layout().stationCount());
    }

    @Test
    void deliversGoodSamplesForEveryDemoNode() throws InterruptedException {
        List<TagBinding> tags = bindAll(simulator.layout());
        List<Long> tagIds = tags.stream().map(TagBinding::tagId).toList();
        CollectingSink sink = new CollectingSink();

        try (OpcUaConnector connector = new OpcUaConnector(endpoint(), tags, sink)) {
            connector.start();
            await(Duration.ofSeconds(15), () -> sink.hasSamplesFor(tagIds));
            Thread.sleep(2_000); // let the counters move on

            ConnectorStatus status = connector.status();
            assertThat(tagIds.stream().filter(id -> sink.samples(id).isEmpty()))
                    .as("tags without samples")
                    .isEmpty();
            assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(status.cause()).isNull();
            assertThat(status.tagFailures()).isEmpty();
            assertThat(status.samplesDelivered()).isGreaterThanOrEqualTo(tags.size());
            for (TagBinding tag : tags) {
                List<Sample> samples = sink.samples(tag.tagId());
                assertThat(samples)
                        .allSatisfy(sample -> assertThat(sample.quality()).isEqualTo(Quality.GOOD));
                assertThat(samples).allSatisfy(sample -> assertThat(sample.sourceTimeMicros())
                        .isPositive());
                if (tag.node().identifier().endsWith("/PartCount")) {
                    assertThat(samples.stream().map(Sample::value).collect(Collectors.toList()))
                            .as("part counts of %s", tag.node())
                            .isSorted();
                }
                if (tag.node().identifier().endsWith("/State")) {
                    assertThat(samples)
                            .allSatisfy(sample -> assertThat(sample.value()).isBetween(1.0, 7.0));
                }
            }
        }
    }

    @Test
    void recordsUnknownNodeAndKeepsDeliveringTheOthers() {
        List<NodeRef> nodes = simulator.layout().allNodes().subList(0, 3);
        List<TagBinding> tags = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            tags.add(new TagBinding(i + 1, nodes.get(i), 250));
        }
        NodeRef unknown = new NodeRef(PlantSimulator.NAMESPACE_URI, "s=Plant/STAMPING/PL1/PRESS9/State");
        tags.add(new TagBinding(17, unknown, 250));
        CollectingSink sink = new CollectingSink();

        try (OpcUaConnector connector = new OpcUaConnector(endpoint(), tags, sink)) {
            connector.start();
            await(
                    Duration.ofSeconds(15),
                    () -> sink.hasSamplesFor(List.of(1L, 2L, 3L))
                            && connector.status().tagFailures().containsKey(17L));

            ConnectorStatus status = connector.status();
            assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(status.tagFailures()).containsOnlyKeys(17L);
            assertThat(status.tagFailures().get(17L)).contains("tag 17", unknown.toString(), "Bad_NodeIdUnknown");
            assertThat(sink.samples(17)).isEmpty();
        }
    }

    private EndpointSettings endpoint() {
        return new EndpointSettings("simulator", simulator.endpointUrl());
    }

    private static List<TagBinding> bindAll(PlantLayout layout) {
        List<TagBinding> tags = new ArrayList<>();
        long tagId = 100;
        for (NodeRef node : layout.allNodes()) {
            tags.add(new TagBinding(tagId++, node, 250));
        }
        return tags;
    }

    static void await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return; // the assertions that follow say what is missing
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
