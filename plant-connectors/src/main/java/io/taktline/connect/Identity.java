package io.taktline.connect;

import java.nio.file.Path;
import java.util.Objects;

/** How a connector's session logs in to the server. */
public sealed interface Identity {

    static Identity anonymous() {
        return Anonymous.INSTANCE;
    }

    static Identity userName(String user, String password) {
        return new UserName(user, password);
    }

    /** An X.509 user certificate with its private key, from a PKCS12 file. */
    static Identity x509(Path pkcs12, String password) {
        return new X509(pkcs12, password);
    }

    enum Anonymous implements Identity {
        INSTANCE
    }

    record UserName(String user, String password) implements Identity {
        public UserName {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "UserName[user=" + user + ", password=***]";
        }
    }

    record X509(Path pkcs12, String password) implements Identity {
        public X509 {
            Objects.requireNonNull(pkcs12, "pkcs12");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "X509[pkcs12=" + pkcs12 + ", password=***]";
        }
    }
}
