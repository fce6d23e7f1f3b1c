package io.taktline.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords(1_000);

    @Test
    void aHashIsSaltedAndMatchesOnlyItsPassword() {
        String first = passwords.hash("correct horse battery");
        String second = passwords.hash("correct horse battery");

        assertThat(first).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(second).doesNotContain("horse");
        assertThat(passwords.matches("correct horse battery", first)).isTrue();
        assertThat(passwords.matches("correct horse batterY", first)).isFalse();
        assertThat(passwords.matches("", first)).isFalse();
    }

    @Test
    void aHashNamesItsOwnIterations() {
        String older = new Passwords(2_000).hash("correct horse battery");

        assertThat(passwords.matches("correct horse battery", older)).isTrue();
    }

    @Test
    void aHashItCannotReadMatchesNothing() {
        assertThat(passwords.matches("x", null)).isFalse();
        assertThat(passwords.matches("x", "md5$abc")).isFalse();
        assertThat(passwords.matches("x", "pbkdf2-sha256$many$%%$%%")).isFalse();
    }

    @Test
    void aNewPasswordIsLongEnoughAndNotTheUserName() {
        assertThatThrownBy(() -> Passwords.checkNew("anna", "short")).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> Passwords.checkNew("anna.schmidt", "Anna.Schmidt"))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> Passwords.checkNew("anna", "aaaaaaaaaaaa")).hasMessageContaining("4 different");
        Passwords.checkNew("anna", "welding line 3 blue");
    }

    @Test
    void generatedPasswordsPassTheRuleAndDiffer() {
        String one = Passwords.generate();

        Passwords.checkNew("admin", one);
        assertThat(one).hasSize(20).isNotEqualTo(Passwords.generate()).doesNotContain("0", "O", "l", "1", "I");
    }
}
