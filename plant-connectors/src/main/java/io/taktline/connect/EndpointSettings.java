package io.taktline.connect;

import java.util.Objects;

/**
 * An OPC UA server to connect to, and how.
 *
 * @param name a short name for logs and status, e.g. {@code simulator}
 * @param url the endpoint URL, e.g. {@code opc.tcp://localhost:4840}; the host and port of the
 *     endpoints the server advertises are replaced by this URL's (servers often advertise names
 *     that do not resolve)
 * @param securityPolicy the security policy to use, or null for the strongest the server offers
 * @param securityMode the message security mode to use, or null for the strongest the server offers
 * @param identity how the session logs in; default anonymous
 * @param maxItemsPerSubscription the most monitored items in one subscription (default 5,000); tags
 *     beyond it go to further subscriptions of the same endpoint
 */
public record EndpointSettings(
        String name,
        String url,
        SecurityPolicy securityPolicy,
        SecurityMode securityMode,
        Identity identity,
        int maxItemsPerSubscription) {

    public static final int DEFAULT_MAX_ITEMS_PER_SUBSCRIPTION = 5_000;

    /** OPC UA security policies, weakest first. */
    public enum SecurityPolicy {
        NONE("http://opcfoundation.org/UA/SecurityPolicy#None"),
        BASIC256SHA256("http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256"),
        AES128_SHA256_RSAOAEP("http://opcfoundation.org/UA/SecurityPolicy#Aes128_Sha256_RsaOaep"),
        AES256_SHA256_RSAPSS("http://opcfoundation.org/UA/SecurityPolicy#Aes256_Sha256_RsaPss");

        private final String uri;

        SecurityPolicy(String uri) {
            this.uri = uri;
        }

        public String uri() {
            return uri;
        }
    }

    /** OPC UA message security modes, weakest first. */
    public enum SecurityMode {
        NONE,
        SIGN,
        SIGN_AND_ENCRYPT
    }

    public EndpointSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("opc.tcp://")) {
            throw new IllegalArgumentException(
                    "endpoint '" + name + "' has URL '" + url + "'; expected 'opc.tcp://<host>:<port>[/path]'");
        }
        identity = identity == null ? Identity.anonymous() : identity;
        if (maxItemsPerSubscription < 1) {
            throw new IllegalArgumentException("endpoint '" + name + "' has maxItemsPerSubscription "
                    + maxItemsPerSubscription + "; expected >= 1");
        }
        if ((securityPolicy == SecurityPolicy.NONE) != (securityMode == SecurityMode.NONE)
                && securityPolicy != null
                && securityMode != null) {
            throw new IllegalArgumentException("endpoint '" + name + "' combines security policy " + securityPolicy
                    + " with mode " + securityMode + "; policy NONE goes with mode NONE only");
        }
    }

    /** Strongest security the server offers, anonymous login, default subscription size. */
    public EndpointSettings(String name, String url) {
        this(name, url, null, null, Identity.anonymous(), DEFAULT_MAX_ITEMS_PER_SUBSCRIPTION);
    }

    public static Builder builder(String name, String url) {
        return new Builder(name, url);
    }

    /** Builds {@link EndpointSettings}; unset fields keep the defaults of the 2-argument constructor. */
    public static final class Builder {
        private final String name;
        private final String url;
        private SecurityPolicy policy;
        private SecurityMode mode;
        private Identity identity = Identity.anonymous();
        private int maxItemsPerSubscription = DEFAULT_MAX_ITEMS_PER_SUBSCRIPTION;

        private Builder(String name, String url) {
            this.name = name;
            this.url = url;
        }

        /** A fixed policy and mode; without this call the strongest offered is chosen. */
        public Builder security(SecurityPolicy securityPolicy, SecurityMode securityMode) {
            this.policy = securityPolicy;
            this.mode = securityMode;
            return this;
        }

        public Builder identity(Identity sessionIdentity) {
            this.identity = sessionIdentity;
            return this;
        }

        public Builder maxItemsPerSubscription(int max) {
            this.maxItemsPerSubscription = max;
            return this;
        }

        public EndpointSettings build() {
            return new EndpointSettings(name, url, policy, mode, identity, maxItemsPerSubscription);
        }
    }
}
