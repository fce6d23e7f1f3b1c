package io.taktline.connect;

import java.time.Instant;

/**
 * A certificate as an engineer sees it in the trust list.
 *
 * @param thumbprint SHA-1 of the DER encoding, lower-case hex: the id for trust and reject
 * @param subject the subject's distinguished name
 * @param issuer the issuer's distinguished name
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param applicationUri the OPC UA application URI in the subject alternative name, or null
 */
public record CertificateInfo(
        String thumbprint, String subject, String issuer, Instant notBefore, Instant notAfter, String applicationUri) {

    /** True when {@code at} lies within the validity period. */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }
}
