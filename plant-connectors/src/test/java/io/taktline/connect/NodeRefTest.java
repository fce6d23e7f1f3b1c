package io.taktline.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeRefTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nsu=urn:taktline:plant-simulator;s=Plant/STAMPING/PL1/PRESS1/State",
                "nsu=http://opcfoundation.org/UA/;i=2258",
                "nsu=urn:x;g=09087e75-8e5e-499b-954f-f2a9603db28a",
                "nsu=urn:x;b=M/RbKBsRVkePCePcx24oRA==",
                "nsu=urn:x;s=a;b=c with ; and = inside"
            })
    void formatsWhatItParses(String text) {
        NodeRef node = NodeRef.parse(text);

        assertThat(node.toString()).isEqualTo(text);
        assertThat(NodeRef.parse(node.toString())).isEqualTo(node);
    }

    @Test
    void splitsNamespaceUriFromIdentifier() {
        NodeRef node = NodeRef.parse("nsu=urn:taktline:plant-simulator;s=Plant/BODY/UB1/UB010/WeldCurrent");

        assertThat(node.namespaceUri()).isEqualTo("urn:taktline:plant-simulator");
        assertThat(node.identifier()).isEqualTo("s=Plant/BODY/UB1/UB010/WeldCurrent");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ns=2;s=Foo", "nsu=urn:x", "nsu=;s=Foo", "nsu=urn:x;x=Foo", "nsu=urn:x;i=abc", "nsu=urn:x;s="})
    void rejectsMalformedTextNamingTextAndExpectedForm(String text) {
        assertThatThrownBy(() -> NodeRef.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("expected 'nsu=<namespace uri>;");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> NodeRef.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected");
    }
}
