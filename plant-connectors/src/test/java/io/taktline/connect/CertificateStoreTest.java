package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateStoreTest {

    @TempDir
    Path folder;

    @Test
    void createsTheClientCertificateOnceAndKeepsIt() {
        String first;
        try (CertificateStore store = CertificateStore.open(folder)) {
            first = store.clientCertificate().thumbprint();
            assertThat(store.clientCertificate().applicationUri()).startsWith("urn:taktline:plant-connectors:");
            assertThat(store.clientCertificate().isValidAt(Instant.now())).isTrue();
        }
        try (CertificateStore again = CertificateStore.open(folder)) {
            assertThat(again.clientCertificate().thumbprint()).isEqualTo(first);
        }
        assertThat(folder.resolve("client.p12")).exists();
        assertThat(folder.resolve("trusted/certs")).isDirectory();
        assertThat(folder.resolve("issuer/certs")).isDirectory();
        assertThat(folder.resolve("rejected")).isDirectory();
    }

    @Test
    void trustsAndRejectsByThumbprintAndTheValidatorFollowsAtOnce() throws Exception {
        X509Certificate server = selfSigned("urn:plc:press-3");
        try (CertificateStore store = CertificateStore.open(folder)) {
            assertThatThrownBy(() -> validate(store, server)).isInstanceOf(UaException.class);
            assertThat(store.rejected()).hasSize(1);
            CertificateInfo rejected = store.rejected().get(0);
            assertThat(rejected.subject()).contains("CN=press-3");
            assertThat(rejected.applicationUri()).isEqualTo("urn:plc:press-3");

            store.trust(rejected.thumbprint().toUpperCase());
            validate(store, server);
            assertThat(store.rejected()).isEmpty();
            assertThat(store.trusted()).containsExactly(rejected);
            assertThat(Files.list(folder.resolve("trusted/certs"))).hasSize(1);

            store.reject(rejected.thumbprint());
            assertThatThrownBy(() -> validate(store, server)).isInstanceOf(UaException.class);
            assertThat(store.trusted()).isEmpty();
            assertThat(store.rejected()).extracting(CertificateInfo::thumbprint).containsExactly(rejected.thumbprint());
        }
    }

    @Test
    void namesTheThumbprintThatIsNotThere() {
        try (CertificateStore store = CertificateStore.open(folder)) {
            assertThatThrownBy(() -> store.trust("00".repeat(20)))
                    .hasMessageContaining("no rejected certificate has thumbprint '" + "00".repeat(20) + "'");
            assertThatThrownBy(() -> store.reject("xyz")).hasMessageContaining("expected 40 hex digits");
        }
    }

    private static void validate(CertificateStore store, X509Certificate certificate) throws UaException {
        store.validator().validateCertificateChain(List.of(certificate), null, null);
    }

    private static X509Certificate selfSigned(String applicationUri) throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        return new SelfSignedCertificateBuilder(keyPair)
                .setCommonName("press-3")
                .setApplicationUri(applicationUri)
                .build();
    }
}
