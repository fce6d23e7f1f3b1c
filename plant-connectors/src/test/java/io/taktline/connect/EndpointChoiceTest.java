package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.connect.EndpointSettings.SecurityMode;
import io.taktline.connect.EndpointSettings.SecurityPolicy;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.junit.jupiter.api.Test;

class EndpointChoiceTest {

    private static final String URL = "opc.tcp://plc:4840";

    private final List<EndpointDescription> offered = List.of(
            endpoint(SecurityPolicy.NONE.uri(), MessageSecurityMode.None, UserTokenType.Anonymous),
            endpoint(SecurityPolicy.BASIC256SHA256.uri(), MessageSecurityMode.SignAndEncrypt, UserTokenType.UserName),
            endpoint(SecurityPolicy.AES256_SHA256_RSAPSS.uri(), MessageSecurityMode.Sign, UserTokenType.UserName),
            endpoint(
                    SecurityPolicy.AES128_SHA256_RSAOAEP.uri(),
                    MessageSecurityMode.SignAndEncrypt,
                    UserTokenType.UserName),
            endpoint(
                    "http://opcfoundation.org/UA/SecurityPolicy#Basic128Rsa15",
                    MessageSecurityMode.SignAndEncrypt,
                    UserTokenType.UserName));

    @Test
    void choosesTheStrongestModeThenPolicyThatAcceptsTheIdentity() {
        EndpointSettings user = EndpointSettings.builder("plc", URL)
                .identity(Identity.userName("u", "p"))
                .build();

        EndpointDescription chosen = EndpointChoice.choose(user, offered);

        assertThat(chosen.getSecurityPolicyUri()).isEqualTo(SecurityPolicy.AES128_SHA256_RSAOAEP.uri());
        assertThat(chosen.getSecurityMode()).isEqualTo(MessageSecurityMode.SignAndEncrypt);
        assertThat(EndpointChoice.choose(new EndpointSettings("plc", URL), offered)
                        .getSecurityPolicyUri())
                .as("anonymous is only offered without security")
                .isEqualTo(SecurityPolicy.NONE.uri());
    }

    @Test
    void keepsToTheConfiguredPolicyAndMode() {
        EndpointSettings fixed = EndpointSettings.builder("plc", URL)
                .security(SecurityPolicy.BASIC256SHA256, SecurityMode.SIGN_AND_ENCRYPT)
                .identity(Identity.userName("u", "p"))
                .build();

        assertThat(EndpointChoice.choose(fixed, offered).getSecurityPolicyUri())
                .isEqualTo(SecurityPolicy.BASIC256SHA256.uri());
    }

    @Test
    void namesWhatWasWantedAndWhatIsOfferedWhenNothingFits() {
        EndpointSettings fixed = EndpointSettings.builder("press-line", URL)
                .security(SecurityPolicy.AES256_SHA256_RSAPSS, SecurityMode.SIGN_AND_ENCRYPT)
                .build();

        assertThatThrownBy(() -> EndpointChoice.choose(fixed, offered))
                .hasMessageContaining("endpoint 'press-line' at " + URL)
                .hasMessageContaining("AES256_SHA256_RSAPSS/SIGN_AND_ENCRYPT and anonymous login")
                .hasMessageContaining("Basic256Sha256/SignAndEncrypt (UserName)");
    }

    @Test
    void refusesPolicyNoneWithASecureMode() {
        assertThatThrownBy(() -> EndpointSettings.builder("plc", URL)
                        .security(SecurityPolicy.NONE, SecurityMode.SIGN)
                        .build())
                .hasMessageContaining("policy NONE goes with mode NONE only");
    }

    private static EndpointDescription endpoint(String policy, MessageSecurityMode mode, UserTokenType token) {
        return new EndpointDescription(
                URL,
                null,
                ByteString.NULL_VALUE,
                mode,
                policy,
                new UserTokenPolicy[] {new UserTokenPolicy("t", token, null, null, null)},
                "http://opcfoundation.org/UA-Profile/Transport/uatcp-uasc-uabinary",
                UByte.valueOf(0));
    }
}
