package io.taktline.core.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How Taktline secures and logs in to one OPC UA endpoint. Policy and mode left empty mean "the
 * strongest the server offers". Passwords are not kept here: {@code passwordKey} names the
 * configuration key or environment variable that holds it.
 */
@Embeddable
public class EndpointSecurity {

    /** None, Basic256Sha256, Aes128_Sha256_RsaOaep, Aes256_Sha256_RsaPss. */
    public enum Policy {
        NONE,
        BASIC256SHA256,
        AES128_SHA256_RSAOAEP,
        AES256_SHA256_RSAPSS
    }

    public enum Mode {
        NONE,
        SIGN,
        SIGN_AND_ENCRYPT
    }

    public enum Login {
        ANONYMOUS,
        USER_NAME,
        X509
    }

    @Column(name = "security_policy")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Policy policy;

    @Column(name = "security_mode")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Mode mode;

    @Column(name = "identity", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Login login = Login.ANONYMOUS;

    @Column(name = "user_name")
    private String userName;

    @Column(name = "certificate_file")
    private String certificateFile;

    @Column(name = "password_key")
    private String passwordKey;

    @Column(name = "max_items_per_subscription", nullable = false)
    private int maxItemsPerSubscription = 5000;

    protected EndpointSecurity() {}

    public EndpointSecurity(
            Policy policy,
            Mode mode,
            Login login,
            String userName,
            String certificateFile,
            String passwordKey,
            int maxItemsPerSubscription) {
        if ((policy == Policy.NONE) != (mode == Mode.NONE) && policy != null && mode != null) {
            throw new IllegalArgumentException(
                    "security policy " + policy + " with mode " + mode + ": policy NONE goes with mode NONE only");
        }
        if (login == Login.USER_NAME && (userName == null || passwordKey == null)) {
            throw new IllegalArgumentException(
                    "a USER_NAME login needs 'user' and 'passwordKey' (the setting that holds the password)");
        }
        if (login == Login.X509 && (certificateFile == null || passwordKey == null)) {
            throw new IllegalArgumentException(
                    "an X509 login needs 'certificate' (a PKCS12 file) and 'passwordKey' (the setting that holds its password)");
        }
        if (maxItemsPerSubscription < 1) {
            throw new IllegalArgumentException("maxItemsPerSubscription must be at least 1");
        }
        this.policy = policy;
        this.mode = mode;
        this.login = login == null ? Login.ANONYMOUS : login;
        this.userName = userName;
        this.certificateFile = certificateFile;
        this.passwordKey = passwordKey;
        this.maxItemsPerSubscription = maxItemsPerSubscription;
    }

    public static EndpointSecurity strongestAnonymous() {
        return new EndpointSecurity(null, null, Login.ANONYMOUS, null, null, null, 5000);
    }

    public Policy policy() {
        return policy;
    }

    public Mode mode() {
        return mode;
    }

    public Login login() {
        return login;
    }

    public String userName() {
        return userName;
    }

    public String certificateFile() {
        return certificateFile;
    }

    public String passwordKey() {
        return passwordKey;
    }

    public int maxItemsPerSubscription() {
        return maxItemsPerSubscription;
    }
}
