package io.taktline.connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's application certificate and its trust list, kept in one folder:
 *
 * <pre>
 * client.p12          the client certificate and key (PKCS12), created on first open
 * trusted/certs, crl  server certificates (and CRLs) the client trusts
 * issuer/certs, crl   CA certificates that may issue trusted ones, not trusted themselves
 * rejected/           server certificates the client refused, for an engineer to trust or reject
 * </pre>
 *
 * <p>{@link #trust} and {@link #reject} take effect on the next connection attempt, without a
 * restart; connectors that use the store retry failed endpoints on their own. Share one store
 * between all connectors of the application; it is thread-safe.
 */
public final class CertificateStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CertificateStore.class);
    private static final String KEYSTORE_FILE = "client.p12";
    private static final String ALIAS = "taktline-client";
    // The key store guards nothing the folder permissions do not: the password only satisfies PKCS12.
    private static final char[] KEYSTORE_PASSWORD = "taktline".toCharArray();

    private final Path folder;
    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final FileBasedTrustListManager trustList;
    private final FileBasedCertificateQuarantine quarantine;
    private final CertificateValidator validator;

    private CertificateStore(
            Path folder,
            KeyPair keyPair,
            X509Certificate certificate,
            FileBasedTrustListManager trustList,
            FileBasedCertificateQuarantine quarantine) {
        this.folder = folder;
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.trustList = trustList;
        this.quarantine = quarantine;
        this.validator = new DefaultClientCertificateValidator(trustList, quarantine);
    }

    /**
     * Opens the store in {@code folder}, creating the folder, a self-signed client certificate
     * (RSA 2048, SHA-256, 5 years) and the trust list folders as needed.
     */
    public static CertificateStore open(Path folder) {
        try {
            Files.createDirectories(folder);
            Path keyStoreFile = folder.resolve(KEYSTORE_FILE);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            if (Files.exists(keyStoreFile)) {
                try (InputStream in = Files.newInputStream(keyStoreFile)) {
                    keyStore.load(in, KEYSTORE_PASSWORD);
                }
            } else {
                createClientCertificate(keyStore, keyStoreFile);
            }
            X509Certificate certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
            if (!(keyStore.getKey(ALIAS, KEYSTORE_PASSWORD) instanceof PrivateKey privateKey) || certificate == null) {
                throw new IllegalStateException("client key store " + keyStoreFile + " has no key entry '" + ALIAS
                        + "'; move the file away and a new client certificate is created");
            }
            FileBasedTrustListManager trustList = FileBasedTrustListManager.createAndInitialize(folder);
            FileBasedCertificateQuarantine quarantine =
                    FileBasedCertificateQuarantine.create(folder.resolve("rejected"));
            return new CertificateStore(
                    folder, new KeyPair(certificate.getPublicKey(), privateKey), certificate, trustList, quarantine);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot open the OPC UA certificate store in " + folder + " ("
                            + e.getMessage() + "); check that the folder is writable and " + KEYSTORE_FILE
                            + " is a PKCS12 file",
                    e);
        }
    }

    private static void createClientCertificate(KeyStore keyStore, Path file)
            throws IOException, GeneralSecurityException {
        keyStore.load(null, KEYSTORE_PASSWORD);
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        String host = localHostName();
        X509Certificate certificate;
        try {
            certificate = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName("Taktline plant connector")
                    .setOrganization("Taktline")
                    .setApplicationUri("urn:taktline:plant-connectors:" + host + ":" + UUID.randomUUID())
                    .setValidityPeriod(Period.ofYears(5))
                    .addDnsName(host)
                    .addDnsName("localhost")
                    .addIpAddress("127.0.0.1")
                    .build();
        } catch (Exception e) {
            throw new GeneralSecurityException("cannot create the client certificate: " + e.getMessage(), e);
        }
        keyStore.setKeyEntry(ALIAS, keyPair.getPrivate(), KEYSTORE_PASSWORD, new X509Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore.store(out, KEYSTORE_PASSWORD);
        }
        log.info(
                "created the OPC UA client certificate {} ({})",
                file,
                describe(certificate).thumbprint());
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    public Path folder() {
        return folder;
    }

    /** The client's own certificate, as servers will see it (trust it there). */
    public CertificateInfo clientCertificate() {
        return describe(certificate);
    }

    public List<CertificateInfo> trusted() {
        return trustList.getTrustedCertificates().stream()
                .map(CertificateStore::describe)
                .toList();
    }

    public List<CertificateInfo> issuers() {
        return trustList.getIssuerCertificates().stream()
                .map(CertificateStore::describe)
                .toList();
    }

    /** Server certificates refused so far (the last 128), newest not guaranteed first. */
    public List<CertificateInfo> rejected() {
        return quarantine.getRejectedCertificates().stream()
                .map(CertificateStore::describe)
                .distinct()
                .toList();
    }

    /**
     * Moves a rejected certificate to the trusted ones.
     *
     * @throws IllegalArgumentException when no rejected certificate has this thumbprint
     */
    public synchronized CertificateInfo trust(String thumbprint) {
        String wanted = normalize(thumbprint);
        X509Certificate found = find(quarantine.getRejectedCertificates(), wanted)
                .orElseThrow(() -> new IllegalArgumentException("no rejected certificate has thumbprint '" + thumbprint
                        + "'; list the rejected ones and copy the thumbprint from there"));
        trustList.addTrustedCertificate(found);
        quarantine.removeRejectedCertificate(found);
        log.info(
                "OPC UA trust list: trusted {} ({})",
                found.getSubjectX500Principal().getName(),
                wanted);
        return describe(found);
    }

    /** Adds a certificate (e.g. uploaded by an engineer) to the trusted ones. */
    public synchronized CertificateInfo trust(X509Certificate serverCertificate) {
        trustList.addTrustedCertificate(serverCertificate);
        quarantine.removeRejectedCertificate(serverCertificate);
        return describe(serverCertificate);
    }

    /**
     * Moves a trusted certificate to the rejected ones; connections that use it are refused from
     * the next attempt on.
     *
     * @throws IllegalArgumentException when no trusted certificate has this thumbprint
     */
    public synchronized CertificateInfo reject(String thumbprint) {
        String wanted = normalize(thumbprint);
        X509Certificate found = find(trustList.getTrustedCertificates(), wanted)
                .orElseThrow(() -> new IllegalArgumentException("no trusted certificate has thumbprint '" + thumbprint
                        + "'; list the trusted ones and copy the thumbprint from there"));
        trustList.removeTrustedCertificate(ByteString.of(HexFormat.of().parseHex(wanted)));
        quarantine.addRejectedCertificate(found);
        log.info(
                "OPC UA trust list: rejected {} ({})",
                found.getSubjectX500Principal().getName(),
                wanted);
        return describe(found);
    }

    KeyPair keyPair() {
        return keyPair;
    }

    X509Certificate certificate() {
        return certificate;
    }

    String applicationUri() {
        return CertificateUtil.getSanUri(certificate).orElse("urn:taktline:plant-connectors");
    }

    CertificateValidator validator() {
        return validator;
    }

    @Override
    public void close() {
        try {
            trustList.close();
        } catch (IOException e) {
            log.debug("closing the trust list watcher failed", e);
        }
    }

    static CertificateInfo describe(X509Certificate certificate) {
        return new CertificateInfo(
                thumbprint(certificate),
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                CertificateUtil.getSanUri(certificate).orElse(null));
    }

    static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot compute the thumbprint of "
                            + certificate.getSubjectX500Principal().getName(),
                    e);
        }
    }

    private static Optional<X509Certificate> find(List<X509Certificate> certificates, String thumbprint) {
        return certificates.stream()
                .filter(c -> thumbprint(c).equals(thumbprint))
                .findFirst();
    }

    private static String normalize(String thumbprint) {
        String hex = thumbprint == null
                ? ""
                : thumbprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("thumbprint '" + thumbprint
                    + "' is not a SHA-1 thumbprint; expected 40 hex digits, e.g. from the rejected list");
        }
        return hex;
    }
}
