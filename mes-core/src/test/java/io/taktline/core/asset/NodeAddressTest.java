package io.taktline.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeAddressTest {

    @Test
    void parsesAndPrintsTheExpandedNodeIdForm() {
        NodeAddress node = NodeAddress.parse("nsu=urn:taktline:plant-simulator;s=Plant/BODY/UB1/UB010/State");

        assertThat(node.namespaceUri()).isEqualTo("urn:taktline:plant-simulator");
        assertThat(node.identifier()).isEqualTo("s=Plant/BODY/UB1/UB010/State");
        assertThat(node.toString()).isEqualTo("nsu=urn:taktline:plant-simulator;s=Plant/BODY/UB1/UB010/State");
    }

    @Test
    void namesTheMalformedTextAndTheExpectedForm() {
        assertThatThrownBy(() -> NodeAddress.parse("ns=2;s=Foo"))
                .hasMessageContaining("node id 'ns=2;s=Foo' is malformed")
                .hasMessageContaining("nsu=<namespace uri>;s=<identifier>");
        assertThatThrownBy(() -> NodeAddress.parse("nsu=urn:x;i=abc"))
                .hasMessageContaining("node identifier 'i=abc' is malformed");
    }
}
