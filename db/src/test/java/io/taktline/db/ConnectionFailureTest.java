package io.taktline.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectionFailureTest {

    @Test
    void masksAPasswordGivenInTheUrlWhereverTheUrlIsShown() {
        String url = "jdbc:postgresql://db:5432/taktline?user=mes&password=s3cret&ssl=true";
        SQLException refused = new SQLException("refused", "08001");

        assertThat(ConnectionFailure.of(url, "mes", refused).getMessage())
                .contains("password=***&ssl=true")
                .doesNotContain("s3cret");
        assertThat(new DatabaseSettings(url, "mes", "other", Path.of("data")).toString())
                .doesNotContain("s3cret")
                .doesNotContain("other");
    }

    @Test
    void namesUserAndPasswordSettingsWhenAuthenticationFails() {
        SQLException rejected = new SQLException("password authentication failed for user \"mes\"", "28P01");

        assertThat(ConnectionFailure.of("jdbc:postgresql://db/taktline", "mes", rejected)
                        .getMessage())
                .startsWith("PostgreSQL at TAKTLINE_DB_URL=jdbc:postgresql://db/taktline rejected TAKTLINE_DB_USER=mes")
                .endsWith("check TAKTLINE_DB_USER and TAKTLINE_DB_PASSWORD");
    }

    @Test
    void reportsTheInnermostCause() {
        SQLException e =
                new SQLException("The connection attempt failed.", "08001", new UnknownHostException("nohost"));

        assertThat(ConnectionFailure.rootCause(e)).isEqualTo("UnknownHostException: nohost");
    }
}
