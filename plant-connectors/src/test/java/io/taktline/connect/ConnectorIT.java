package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectorIT {

    private TestPlcServer plc;
    private final CollectingSink sink = new CollectingSink();
    private final List<WriteRecord> audited = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startPlc() throws Exception {
        plc = TestPlcServer.start(35);
    }

    @AfterEach
    void stopPlc() throws Exception {
        plc.close();
    }

    @Test
    void mapsEveryKindOfValueAndRewritesTheAdvertisedHost() {
        List<TagBinding> tags = List.of(
                new TagBinding(1, TestPlcServer.node("Counter"), 100),
                new TagBinding(2, TestPlcServer.node("Recipe"), 100),
                new TagBinding(3, TestPlcServer.node("Running"), 100),
                new TagBinding(4, TestPlcServer.node("Since"), 100),
                new TagBinding(5, TestPlcServer.node("Profile"), 100),
                new TagBinding(6, TestPlcServer.node("Setpoint"), 100));
        try (OpcUaConnector connector =
                connector(EndpointSettings.builder("plc", plc.url()).build(), tags)) {
            connector.start();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15),
                    () -> sink.hasSamplesFor(List.of(1L, 2L, 3L, 4L, 5L, 6L))
                            && sink.samples(1).size() > 3);

            assertThat(connector.status().state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(connector.status().security()).isEqualTo("None/None");
            assertThat(sink.samples(1)).extracting(Sample::value).isSorted().doesNotHaveDuplicates();
            assertThat(sink.samples(1)).allSatisfy(s -> {
                assertThat(s.isText()).isFalse();
                assertThat(s.timeOrigin()).isEqualTo(Sample.TimeOrigin.SOURCE);
            });
            assertThat(sink.samples(2).get(0).text()).isEqualTo("R-42");
            assertThat(sink.samples(2).get(0).value()).isNaN();
            assertThat(sink.samples(3).get(0).value()).isEqualTo(1.0);
            assertThat(sink.samples(4).get(0).text()).isEqualTo("2026-11-25T06:00:00Z");
            assertThat(sink.samples(5).get(0).text()).isEqualTo("[1.5, 2.5, 3.5]");
            assertThat(sink.samples(6).get(0).value()).isEqualTo(10.0);
        }
    }

    @Test
    void spreadsTagsOverSubscriptionsOfTheConfiguredSize() {
        List<TagBinding> tags = values(0, 35);
        EndpointSettings settings = EndpointSettings.builder("plc", plc.url())
                .maxItemsPerSubscription(10)
                .build();
        try (OpcUaConnector connector = connector(settings, tags)) {
            connector.start();
            SimulatorConnectorIT.await(Duration.ofSeconds(15), () -> sink.hasSamplesFor(ids(tags)));

            assertThat(ids(tags)).allSatisfy(id -> assertThat(sink.samples(id)).isNotEmpty());
            assertThat(connector.status().subscriptions()).isEqualTo(4);
            assertThat(connector.status().tagFailures()).isEmpty();
        }
    }

    @Test
    void pollsTagsBoundForPollingWithoutRepeatingUnchangedValues() {
        List<TagBinding> tags = List.of(
                new TagBinding(1, TestPlcServer.node("Counter"), 200).polled(),
                new TagBinding(2, TestPlcServer.node("Recipe"), 100).polled());
        try (OpcUaConnector connector = connector(new EndpointSettings("plc", plc.url()), tags)) {
            connector.start();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15), () -> sink.samples(1).size() >= 5);

            assertThat(sink.samples(1)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(sink.samples(1))
                    .extracting(Sample::sourceTimeMicros)
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(sink.samples(2))
                    .as("an unchanged value is delivered once")
                    .hasSize(1);
            assertThat(connector.status().subscriptions()).isZero();
        }
    }

    @Test
    void rebindAddsAndRemovesTagsWithoutReconnecting() throws Exception {
        List<TagBinding> first = List.of(new TagBinding(1, TestPlcServer.node("Counter"), 100));
        try (OpcUaConnector connector = connector(new EndpointSettings("plc", plc.url()), first)) {
            connector.start();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15), () -> !sink.samples(1).isEmpty());
            long deliveredBefore = connector.status().samplesDelivered();

            List<TagBinding> second = new ArrayList<>(values(0, 2));
            second.add(new TagBinding(9, new NodeRef(TestPlcServer.NAMESPACE_URI, "s=Line/Nope"), 100));
            connector.rebind(second).get(10, TimeUnit.SECONDS);
            int counterSamplesAfterRebind = sink.samples(1).size();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(10), () -> sink.samples(101).size() > 3);

            assertThat(sink.samples(100)).isNotEmpty();
            assertThat(sink.samples(101)).hasSizeGreaterThan(3);
            assertThat(sink.samples(1).size())
                    .as("removed tag stops")
                    .isLessThanOrEqualTo(counterSamplesAfterRebind + 1);
            assertThat(connector.status().tagFailures()).containsOnlyKeys(9L);
            assertThat(connector.status().tagFailures().get(9L)).contains("tag 9", "s=Line/Nope", "Bad_NodeIdUnknown");
            assertThat(connector.status().samplesDelivered()).isGreaterThan(deliveredBefore);
            assertThat(connector.status().state()).isEqualTo(ConnectionState.CONNECTED);
        }
    }

    @Test
    void writesInTheNodesOwnDataTypeAndAuditsEveryAttempt() throws Exception {
        try (OpcUaConnector connector = connector(new EndpointSettings("plc", plc.url()), List.of())) {
            connector.start();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15), () -> connector.status().state() == ConnectionState.CONNECTED);
            NodeRef setpoint = TestPlcServer.node("Setpoint");

            WriteRecord ok = connector.write(setpoint, 42, "alice").get(10, TimeUnit.SECONDS);
            WriteRecord fraction = connector.write(setpoint, 2.5, "alice").get(10, TimeUnit.SECONDS);
            WriteRecord tooBig = connector.write(setpoint, "70000", "alice").get(10, TimeUnit.SECONDS);
            WriteRecord readOnly =
                    connector.write(TestPlcServer.node("Counter"), 1, "bob").get(10, TimeUnit.SECONDS);
            WriteRecord text =
                    connector.write(TestPlcServer.node("Recipe"), "R-43", "bob").get(10, TimeUnit.SECONDS);

            assertThat(ok.success()).as(ok.toString()).isTrue();
            assertThat(ok.dataType()).isEqualTo("Int16");
            assertThat(connector.read(setpoint).get(10, TimeUnit.SECONDS).value())
                    .isEqualTo(42.0);
            assertThat(fraction.before()).as("the value the first write left").isEqualTo("42");
            assertThat(text.before()).isEqualTo("R-42");
            assertThat(text.written()).isEqualTo("R-43");
            assertThat(fraction.success()).isFalse();
            assertThat(fraction.status()).isEqualTo("Bad_TypeMismatch");
            assertThat(fraction.message()).contains("2.5", "whole number", "Int16");
            assertThat(tooBig.message()).contains("70000", "out of range", "Int16");
            assertThat(readOnly.success()).isFalse();
            assertThat(readOnly.status()).isIn("Bad_NotWritable", "Bad_UserAccessDenied");
            assertThat(readOnly.message()).contains("Counter", "access level");
            assertThat(text.success()).isTrue();
            assertThat(connector
                            .read(TestPlcServer.node("Recipe"))
                            .get(10, TimeUnit.SECONDS)
                            .text())
                    .isEqualTo("R-43");
            assertThat(audited).extracting(WriteRecord::who).containsExactly("alice", "alice", "alice", "bob", "bob");
        }
    }

    @Test
    void browsesTheSubtreeOnceDespiteACycleWithPathsDataTypesAndAccess() throws Exception {
        try (OpcUaConnector connector = connector(new EndpointSettings("plc", plc.url()), List.of())) {
            connector.start();
            SimulatorConnectorIT.await(
                    Duration.ofSeconds(15), () -> connector.status().state() == ConnectionState.CONNECTED);
            Map<String, BrowsedNode> found = new ConcurrentHashMap<>();

            long count = connector
                    .browse(
                            new NodeRef(TestPlcServer.NAMESPACE_URI, "s=Line"),
                            10_000,
                            node -> found.put(node.browsePath(), node))
                    .get(30, TimeUnit.SECONDS);

            assertThat(count).isEqualTo(6 + 1 + 35);
            assertThat(found).hasSize(42);
            BrowsedNode setpoint = found.get("Setpoint");
            assertThat(setpoint.node()).isEqualTo(TestPlcServer.node("Setpoint"));
            assertThat(setpoint.nodeClass()).isEqualTo("Variable");
            assertThat(setpoint.dataType()).isEqualTo("Int16");
            assertThat(setpoint.isWritable()).isTrue();
            assertThat(found.get("Counter").isWritable()).isFalse();
            assertThat(found.get("Values").nodeClass()).isEqualTo("Object");
            assertThat(found.get("Values/V7").node()).isEqualTo(TestPlcServer.value(7));
        }
    }

    private OpcUaConnector connector(EndpointSettings settings, List<TagBinding> tags) {
        return new OpcUaConnector(settings, tags, sink, null, audited::add);
    }

    private static List<TagBinding> values(int from, int to) {
        List<TagBinding> tags = new ArrayList<>();
        for (int i = from; i < to; i++) {
            tags.add(new TagBinding(100 + i, TestPlcServer.value(i), 100));
        }
        return tags;
    }

    private static List<Long> ids(List<TagBinding> tags) {
        return tags.stream().map(TagBinding::tagId).toList();
    }
}
