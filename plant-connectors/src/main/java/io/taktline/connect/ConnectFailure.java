package io.taktline.connect;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

/**
 * Why a connection attempt failed, in words an automation engineer can act on.
 *
 * @param cause short cause for {@link ConnectorStatus#cause()}, e.g. "unreachable (Connection refused)"
 * @param advice what to check
 */
record ConnectFailure(String cause, String advice) {

    static ConnectFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EndpointChoice.NoMatchingEndpoint none) {
                return new ConnectFailure("has no matching endpoint", none.getMessage());
            }
        }
        Throwable root = failure;
        UaException firstUaException = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isNetworkProblem(t)) {
                return new ConnectFailure(
                        "unreachable ("
                                + firstNonBlank(t.getMessage(), t.getClass().getSimpleName()) + ")",
                        "check that the server runs and the URL in the tag binding's endpoint is right");
            }
            if (firstUaException == null && t instanceof UaException ua) {
                firstUaException = ua;
            }
            root = t;
        }
        if (firstUaException != null) {
            root = firstUaException;
        }
        if (root instanceof UaException ua) {
            long code = ua.getStatusCode().getValue();
            String name = StatusCodes.lookup(code).map(n -> n[0]).orElse(String.format("0x%08X", code));
            if (code == StatusCodes.Bad_SecurityChecksFailed
                    || code == StatusCodes.Bad_CertificateUntrusted
                    || code == StatusCodes.Bad_CertificateChainIncomplete
                    || code == StatusCodes.Bad_CertificateInvalid
                    || code == StatusCodes.Bad_CertificateTimeInvalid
                    || code == StatusCodes.Bad_CertificateIssuerRevocationUnknown
                    || code == StatusCodes.Bad_CertificateRevocationUnknown) {
                return new ConnectFailure(
                        "failed the certificate check (" + name + ")",
                        "if the server's certificate is in the trust list's rejected certificates, trust it there;"
                                + " otherwise the server does not trust this client's certificate: trust it on the server");
            }
            if (code == StatusCodes.Bad_IdentityTokenRejected
                    || code == StatusCodes.Bad_IdentityTokenInvalid
                    || code == StatusCodes.Bad_UserAccessDenied) {
                return new ConnectFailure(
                        "refused the login (" + name + ")",
                        "check the endpoint's user name and password or user certificate");
            }
            if (code == StatusCodes.Bad_ConfigurationError) {
                return new ConnectFailure(
                        "rejected the connection (" + name + ": " + ua.getMessage() + ")",
                        "check the endpoint's security and identity settings");
            }
            if (code == StatusCodes.Bad_Timeout || code == StatusCodes.Bad_ConnectionRejected) {
                return new ConnectFailure(
                        "unreachable (" + name + detail(ua) + ")",
                        "check that the server runs and the URL in the tag binding's endpoint is right");
            }
            return new ConnectFailure(
                    "rejected the connection (" + name + ": " + ua.getMessage() + ")",
                    "check the server's log and the endpoint settings");
        }
        return new ConnectFailure(
                "failed to connect (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")",
                "check the server's log and the endpoint settings");
    }

    private static String detail(UaException ua) {
        String message = ua.getMessage();
        return message == null || message.isBlank() ? "" : ": " + message;
    }

    private static boolean isNetworkProblem(Throwable t) {
        return t instanceof ConnectException
                || t instanceof NoRouteToHostException
                || t instanceof UnknownHostException
                || t instanceof TimeoutException;
    }

    private static String firstNonBlank(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }
}
