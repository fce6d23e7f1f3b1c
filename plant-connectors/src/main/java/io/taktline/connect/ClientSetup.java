package io.taktline.connect;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

/** Builds the Milo client for one endpoint: discovery, endpoint choice, certificates, identity. */
final class ClientSetup {

    private static final String FALLBACK_APPLICATION_URI = "urn:taktline:plant-connectors";

    private ClientSetup() {}

    static OpcUaClient create(EndpointSettings settings, Supplier<CertificateStore> certificates) throws UaException {
        List<EndpointDescription> offered;
        try {
            offered = DiscoveryClient.getEndpoints(settings.url()).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UaException(StatusCodes.Bad_Shutdown, "interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UaException ua ? ua : new UaException(e.getCause());
        } catch (TimeoutException e) {
            throw new UaException(StatusCodes.Bad_Timeout, "no answer to GetEndpoints within 15 s");
        }
        EndpointDescription chosen = EndpointChoice.choose(settings, offered);
        // Servers often advertise a host name the client cannot resolve; use the configured one.
        EndpointDescription endpoint = EndpointUtil.updateUrl(
                chosen, EndpointUtil.getHost(settings.url()), EndpointUtil.getPort(settings.url()));
        boolean secure = EndpointChoice.policy(endpoint).orElseThrow() != EndpointSettings.SecurityPolicy.NONE;
        CertificateStore store = secure || settings.identity() instanceof Identity.X509 ? certificates.get() : null;

        var config = OpcUaClientConfig.builder()
                .setEndpoint(endpoint)
                .setDiscoveryEndpoints(offered)
                .setApplicationName(LocalizedText.english("Taktline plant connector"))
                .setApplicationUri(store == null ? FALLBACK_APPLICATION_URI : store.applicationUri())
                .setProductUri("urn:taktline")
                .setSessionName(() -> "taktline:" + settings.name())
                .setRequestTimeout(uint(30_000))
                .setIdentityProvider(identity(settings));
        if (store != null) {
            config.setKeyPair(store.keyPair())
                    .setCertificate(store.certificate())
                    .setCertificateChain(new X509Certificate[] {store.certificate()})
                    .setCertificateValidator(store.validator());
        }
        return OpcUaClient.create(config.build());
    }

    private static IdentityProvider identity(EndpointSettings settings) throws UaException {
        Identity identity = settings.identity();
        if (identity instanceof Identity.UserName user) {
            return new UsernameProvider(user.user(), user.password());
        }
        if (identity instanceof Identity.X509 x509) {
            try (InputStream in = Files.newInputStream(x509.pkcs12())) {
                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                keyStore.load(in, x509.password().toCharArray());
                for (String alias : java.util.Collections.list(keyStore.aliases())) {
                    if (keyStore.getKey(alias, x509.password().toCharArray()) instanceof PrivateKey key) {
                        return new X509IdentityProvider((X509Certificate) keyStore.getCertificate(alias), key);
                    }
                }
                throw new UaException(StatusCodes.Bad_ConfigurationError, "no key entry");
            } catch (Exception e) {
                throw new UaException(
                        StatusCodes.Bad_ConfigurationError,
                        "endpoint '" + settings.name()
                                + "': cannot load the X.509 user identity from " + x509.pkcs12() + " (" + e.getMessage()
                                + "); check the file and its password");
            }
        }
        return new AnonymousProvider();
    }
}
