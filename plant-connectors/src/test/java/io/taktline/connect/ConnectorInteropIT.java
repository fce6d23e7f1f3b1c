package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.connect.EndpointSettings.SecurityMode;
import io.taktline.connect.EndpointSettings.SecurityPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against node-opcua, an OPC UA stack independent of Milo. */
class ConnectorInteropIT {

    @TempDir
    Path temp;

    private final CollectingSink sink = new CollectingSink();
    private final List<WriteRecord> audited = new CopyOnWriteArrayList<>();

    @Test
    void browsesSubscribesReadsAndWritesWithSecurityNone() throws Exception {
        try (NodeOpcuaPeer peer = NodeOpcuaPeer.start(false, temp.resolve("peer-pki"));
                CertificateStore store = CertificateStore.open(temp.resolve("certificates"));
                OpcUaConnector connector = new OpcUaConnector(
                        EndpointSettings.builder("node-opcua", peer.url()).build(),
                        tags(),
                        sink,
                        store,
                        audited::add)) {
            connector.start();
            awaitConnected(connector, 30);

            assertThat(connector.status().security()).isEqualTo("None/None");
            exerciseBrowseSubscribeReadWrite(connector);
        }
    }

    @Test
    void connectsWithBasic256Sha256SignAndEncryptAndUserNameOnceTheServerCertificateIsTrusted() throws Exception {
        try (NodeOpcuaPeer peer = NodeOpcuaPeer.start(true, temp.resolve("peer-pki"));
                CertificateStore store = CertificateStore.open(temp.resolve("certificates"))) {
            // No security configured: the strongest offered (Basic256Sha256/SignAndEncrypt) is chosen.
            EndpointSettings settings = EndpointSettings.builder("node-opcua", peer.url())
                    .identity(Identity.userName("operator", "s3cret"))
                    .build();
            try (OpcUaConnector connector = new OpcUaConnector(settings, tags(), sink, store, audited::add)) {
                connector.start();
                SimulatorConnectorIT.await(
                        Duration.ofSeconds(30),
                        () -> !store.rejected().isEmpty() && connector.status().state() == ConnectionState.FAILED);

                assertThat(connector.status().state()).isEqualTo(ConnectionState.FAILED);
                assertThat(connector.status().cause()).contains("certificate", "trust");
                assertThat(store.rejected()).hasSize(1);
                CertificateInfo serverCertificate = store.rejected().get(0);
                assertThat(serverCertificate.applicationUri()).isEqualTo("urn:taktline:interop-peer");
                assertThat(serverCertificate.thumbprint()).hasSize(40);

                store.trust(serverCertificate.thumbprint());
                awaitConnected(connector, 45);

                assertThat(store.rejected()).isEmpty();
                assertThat(store.trusted())
                        .extracting(CertificateInfo::thumbprint)
                        .containsExactly(serverCertificate.thumbprint());
                assertThat(connector.status().security()).isEqualTo("Basic256Sha256/SignAndEncrypt");
                exerciseBrowseSubscribeReadWrite(connector);
            }
            EndpointSettings wrongPassword = EndpointSettings.builder("node-opcua", peer.url())
                    .security(SecurityPolicy.BASIC256SHA256, SecurityMode.SIGN)
                    .identity(Identity.userName("operator", "wrong"))
                    .build();
            try (OpcUaConnector refused = new OpcUaConnector(wrongPassword, tags(), s -> {}, store, audited::add)) {
                refused.start();
                SimulatorConnectorIT.await(
                        Duration.ofSeconds(30), () -> refused.status().state() == ConnectionState.FAILED);
                assertThat(refused.status().state()).isEqualTo(ConnectionState.FAILED);
                assertThat(refused.status().cause()).contains("refused the login", "user name and password");
            }
        }
    }

    private void exerciseBrowseSubscribeReadWrite(OpcUaConnector connector) throws Exception {
        Map<String, BrowsedNode> found = new ConcurrentHashMap<>();
        long visited = connector
                .browse(new NodeRef(NodeOpcuaPeer.NAMESPACE_URI, "s=Line"), 1_000, n -> found.put(n.browsePath(), n))
                .get(30, TimeUnit.SECONDS);
        assertThat(visited).isGreaterThanOrEqualTo(4);
        assertThat(found.get("Setpoint").dataType()).isEqualTo("Int16");
        assertThat(found.get("Setpoint").isWritable()).isTrue();
        assertThat(found.get("Temperature").engineeringUnits()).isEqualTo("°C");
        assertThat(found.get("Counter").node()).isEqualTo(NodeOpcuaPeer.node("Counter"));

        SimulatorConnectorIT.await(
                Duration.ofSeconds(15),
                () -> sink.samples(1).size() > 3 && !sink.samples(2).isEmpty());
        assertThat(sink.samples(1)).hasSizeGreaterThan(3);
        assertThat(sink.samples(1)).extracting(Sample::value).isSorted().doesNotHaveDuplicates();
        assertThat(sink.samples(2).get(0).value()).isEqualTo(21.5);

        assertThat(connector
                        .read(NodeOpcuaPeer.node("Recipe"))
                        .get(10, TimeUnit.SECONDS)
                        .text())
                .isEqualTo("R-42");
        WriteRecord write =
                connector.write(NodeOpcuaPeer.node("Setpoint"), "55", "alice").get(10, TimeUnit.SECONDS);
        assertThat(write.success()).as(write.toString()).isTrue();
        assertThat(write.dataType()).isEqualTo("Int16");
        assertThat(connector
                        .read(NodeOpcuaPeer.node("Setpoint"))
                        .get(10, TimeUnit.SECONDS)
                        .value())
                .isEqualTo(55.0);
        WriteRecord refused =
                connector.write(NodeOpcuaPeer.node("Setpoint"), 1e6, "alice").get(10, TimeUnit.SECONDS);
        assertThat(refused.success()).isFalse();
        assertThat(refused.before()).isEqualTo("55");
        assertThat(refused.message()).contains("out of range", "Int16");
        assertThat(audited).hasSize(2);
        assertThat(connector.status().tagFailures()).isEmpty();
    }

    private static List<TagBinding> tags() {
        return List.of(
                new TagBinding(1, NodeOpcuaPeer.node("Counter"), 100),
                new TagBinding(2, NodeOpcuaPeer.node("Temperature"), 100).withDeadband(Deadband.absolute(0.5)));
    }

    private static void awaitConnected(OpcUaConnector connector, int seconds) {
        SimulatorConnectorIT.await(
                Duration.ofSeconds(seconds), () -> connector.status().state() == ConnectionState.CONNECTED);
        assertThat(connector.status().state())
                .as(String.valueOf(connector.status().cause()))
                .isEqualTo(ConnectionState.CONNECTED);
    }
}
