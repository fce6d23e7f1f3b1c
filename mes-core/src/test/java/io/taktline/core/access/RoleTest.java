package io.taktline.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleGrantsTheOnesBelowIt() {
        assertThat(Role.ADMIN.grants()).containsExactlyInAnyOrder("BOARD", "VIEWER", "OPERATOR", "ENGINEER", "ADMIN");
        assertThat(Role.OPERATOR.grants()).containsExactlyInAnyOrder("BOARD", "VIEWER", "OPERATOR");
        assertThat(Role.VIEWER.grants()).containsExactlyInAnyOrder("BOARD", "VIEWER");
    }

    @Test
    void theConstantsForAnnotationsAreTheNames() {
        assertThat(java.util.List.of(
                        Role.BOARD_NAME, Role.VIEWER_NAME, Role.OPERATOR_NAME, Role.ENGINEER_NAME, Role.ADMIN_NAME))
                .containsExactly(
                        java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }

    @Test
    void aScreenSeesTheBoardAndNothingElse() {
        assertThat(Role.BOARD.grants()).containsExactly("BOARD");
        assertThat(Role.BOARD.includes(Role.VIEWER)).isFalse();
        assertThat(Role.BOARD.forPeople()).isFalse();
    }

    @Test
    void anUnknownRoleIsNamedWithTheOnesThereAre() {
        assertThat(Role.parse("field 'role'", " engineer ")).isEqualTo(Role.ENGINEER);
        assertThatThrownBy(() -> Role.parse("field 'role'", "ROOT"))
                .isInstanceOf(AccessException.class)
                .hasMessageContaining("'ROOT'")
                .hasMessageContaining("OPERATOR");
    }
}
