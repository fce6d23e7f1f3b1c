package io.taktline.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every endpoint declares its role: one without is a failure here, and closed to everyone at run time. */
class EndpointRolesTest {

    @Test
    void everyEndpointDeclaresExactlyOneRoleOrAnonymous() {
        List<EndpointTable.Endpoint> endpoints = EndpointTable.all();

        assertThat(endpoints).hasSizeGreaterThan(40);
        assertThat(endpoints).filteredOn(e -> !e.declared().declared()).isEmpty();
    }

    @Test
    void onlySigningInIsAnonymous() {
        assertThat(EndpointTable.all())
                .filteredOn(e -> e.declared().anonymous())
                .extracting(e -> e.method() + " " + e.path())
                .containsExactly("POST /session");
    }

    @Test
    void whatChangesThePlantNeedsAnOperatorAtLeast() {
        assertThat(EndpointTable.all())
                .filteredOn(e -> !e.method().equals("GET") && !e.path().startsWith("/session"))
                .allSatisfy(e -> assertThat(e.declared().role().orElseThrow().ordinal())
                        .as(e.toString())
                        .isGreaterThanOrEqualTo(io.taktline.core.access.Role.OPERATOR.ordinal()));
    }
}
