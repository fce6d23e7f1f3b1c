package io.taktline.connect;

import io.taktline.connect.EndpointSettings.SecurityMode;
import io.taktline.connect.EndpointSettings.SecurityPolicy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;

/**
 * Picks the endpoint to connect to from those a server advertises: the configured policy and mode,
 * or the strongest the server offers (mode first, then policy), among those that accept the
 * configured identity. Policies Taktline does not support (Basic128Rsa15, Basic256) are never chosen.
 */
final class EndpointChoice {

    private EndpointChoice() {}

    static EndpointDescription choose(EndpointSettings settings, List<EndpointDescription> offered) {
        Optional<EndpointDescription> best = offered.stream()
                .filter(e -> policy(e).isPresent() && mode(e).isPresent())
                .filter(e -> settings.securityPolicy() == null || policy(e).get() == settings.securityPolicy())
                .filter(e -> settings.securityMode() == null || mode(e).get() == settings.securityMode())
                .filter(e -> acceptsIdentity(e, settings.identity()))
                .max(Comparator.<EndpointDescription, SecurityMode>comparing(e -> mode(e).get())
                        .thenComparing(e -> policy(e).get()));
        return best.orElseThrow(() -> new NoMatchingEndpoint("endpoint '" + settings.name() + "' at " + settings.url()
                + " offers no endpoint with security " + wanted(settings) + " and " + identityName(settings.identity())
                + " login; it offers " + describe(offered) + "; change the endpoint's security settings"));
    }

    static Optional<SecurityPolicy> policy(EndpointDescription e) {
        return Arrays.stream(SecurityPolicy.values())
                .filter(p -> p.uri().equals(e.getSecurityPolicyUri()))
                .findFirst();
    }

    static Optional<SecurityMode> mode(EndpointDescription e) {
        MessageSecurityMode mode = e.getSecurityMode();
        if (mode == MessageSecurityMode.None) {
            return Optional.of(SecurityMode.NONE);
        }
        if (mode == MessageSecurityMode.Sign) {
            return Optional.of(SecurityMode.SIGN);
        }
        if (mode == MessageSecurityMode.SignAndEncrypt) {
            return Optional.of(SecurityMode.SIGN_AND_ENCRYPT);
        }
        return Optional.empty();
    }

    static UserTokenType tokenType(Identity identity) {
        if (identity instanceof Identity.UserName) {
            return UserTokenType.UserName;
        }
        if (identity instanceof Identity.X509) {
            return UserTokenType.Certificate;
        }
        return UserTokenType.Anonymous;
    }

    private static boolean acceptsIdentity(EndpointDescription e, Identity identity) {
        UserTokenPolicy[] policies =
                e.getUserIdentityTokens() == null ? new UserTokenPolicy[0] : e.getUserIdentityTokens();
        UserTokenType wanted = tokenType(identity);
        return Arrays.stream(policies).anyMatch(p -> p.getTokenType() == wanted);
    }

    private static String wanted(EndpointSettings settings) {
        return (settings.securityPolicy() == null
                        ? "any policy"
                        : settings.securityPolicy().name()) + "/"
                + (settings.securityMode() == null
                        ? "any mode"
                        : settings.securityMode().name());
    }

    private static String identityName(Identity identity) {
        return switch (tokenType(identity)) {
            case UserName -> "user name";
            case Certificate -> "X.509 certificate";
            default -> "anonymous";
        };
    }

    private static String describe(List<EndpointDescription> offered) {
        return offered.stream()
                .map(e -> e.getSecurityPolicyUri()
                                .substring(e.getSecurityPolicyUri().indexOf('#') + 1) + "/"
                        + e.getSecurityMode() + " "
                        + Arrays.stream(Optional.ofNullable(e.getUserIdentityTokens())
                                        .orElse(new UserTokenPolicy[0]))
                                .map(p -> p.getTokenType().name())
                                .distinct()
                                .collect(Collectors.joining("+", "(", ")")))
                .distinct()
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** No advertised endpoint fits the settings: a configuration problem, not a network one. */
    static final class NoMatchingEndpoint extends RuntimeException {
        NoMatchingEndpoint(String message) {
            super(message);
        }
    }
}
