package io.taktline.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.MovableClock;
import io.taktline.core.access.infrastructure.JdbcAccounts;
import io.taktline.core.audit.AuditTrail;
import io.taktline.core.infrastructure.JdbcTransactions;
import io.taktline.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Users, sign-in, lock-out and tokens in the real schema of an embedded PostgreSQL. */
class AccountsIT {

    private static Database database;
    private static MovableClock clock;
    private static Accounts accounts;
    private static AuditTrail audit;
    private static Identity admin;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("accounts");
        clock = new MovableClock(Instant.parse("2026-12-01T06:00:00Z"));
        accounts = new Accounts(new JdbcAccounts(database.dataSource()), new Passwords(1_000), clock);
        audit = new AuditTrail(new JdbcTransactions(database.dataSource()));
        Accounts.FirstAdmin first = accounts.ensureFirstAdmin(Optional.empty());
        assertThat(first.created()).isTrue();
        SignIn signIn = accounts.signIn("admin", first.oneTimePassword().orElseThrow(), "test");
        admin = ((SignIn.Accepted) signIn).identity();
        admin = accounts.changePassword(admin, first.oneTimePassword().get(), "the plant's own admin");
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void theFirstAdminIsMadeOnceAndMustChangeTheOneTimePassword() {
        assertThat(accounts.ensureFirstAdmin(Optional.of("another password")).created())
                .isFalse();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(audit.read(new AuditTrail.Filter("admin", "user", "admin", null, null, 10)))
                .extracting(AuditTrail.Entry::action)
                .contains("SIGN_IN", "PASSWORD_CHANGED");
    }

    @Test
    void aNewUserSignsInAndMustChangeTheTemporaryPassword() {
        accounts.addUser("li.wei", "李伟", Role.OPERATOR, "temporary pass 1", admin.name());

        SignIn signIn = accounts.signIn("LI.WEI", "temporary pass 1", "10.0.0.7");

        assertThat(signIn).isInstanceOf(SignIn.Accepted.class);
        Identity li = ((SignIn.Accepted) signIn).identity();
        assertThat(li.mustChangePassword()).isTrue();
        assertThat(li.role()).isEqualTo(Role.OPERATOR);
        assertThatThrownBy(() -> accounts.changePassword(li, "wrong", "new password 22"))
                .hasMessageContaining("current password");
        assertThat(accounts.changePassword(li, "temporary pass 1", "new password 22")
                        .mustChangePassword())
                .isFalse();
        assertThatThrownBy(() -> accounts.addUser("Li.Wei", "again", Role.VIEWER, "temporary pass 1", "admin"))
                .isInstanceOf(AccessException.class)
                .hasMessageContaining("already");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockPasses() {
        accounts.addUser("zhang.min", "张敏", Role.VIEWER, "zhang's password", admin.name());
        for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
            assertThat(accounts.signIn("zhang.min", "guess " + i, "10.0.0.8")).isInstanceOf(SignIn.Refused.class);
        }
        assertThat(accounts.signIn("zhang.min", "guess 5", "10.0.0.8")).isInstanceOf(SignIn.Locked.class);
        assertThat(accounts.signIn("zhang.min", "zhang's password", "10.0.0.8")).isInstanceOf(SignIn.Locked.class);

        clock.advance(SignInThrottle.FIRST_LOCK.plusSeconds(1));
        assertThat(accounts.signIn("zhang.min", "zhang's password", "10.0.0.8")).isInstanceOf(SignIn.Accepted.class);

        List<String> actions = audit.read(new AuditTrail.Filter("zhang.min", null, null, null, null, 20)).stream()
                .map(AuditTrail.Entry::action)
                .toList();
        assertThat(actions).containsSubsequence("SIGN_IN", "SIGN_IN_LOCKED", "SIGN_IN_FAILED");
        assertThat(actions.stream().filter("SIGN_IN_FAILED"::equals)).hasSize(SignInThrottle.FREE_FAILURES);
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPasswordAndAudited() {
        assertThat(accounts.signIn("nobody", "whatever it is", "10.0.0.9")).isInstanceOf(SignIn.Refused.class);
        assertThat(accounts.signIn("<script>", "x", "10.0.0.9")).isInstanceOf(SignIn.Refused.class);

        assertThat(audit.read(new AuditTrail.Filter("nobody", null, null, null, null, 5)))
                .extracting(AuditTrail.Entry::action)
                .containsExactly("SIGN_IN_FAILED");
    }

    @Test
    void aDisabledUserCannotSignInAndLosesTheSession() {
        UserAccount user = accounts.addUser("wang.fang", "王芳", Role.ENGINEER, "wang's password", admin.name());
        Identity wang = ((SignIn.Accepted) accounts.signIn("wang.fang", "wang's password", "t")).identity();

        accounts.setEnabled(user.id(), false, admin.name());

        assertThat(accounts.signIn("wang.fang", "wang's password", "t")).isInstanceOf(SignIn.Refused.class);
        assertThat(accounts.current(wang)).isEmpty();
    }

    @Test
    void theLastAdminKeepsTheRole() {
        assertThatThrownBy(() -> accounts.setRole(admin.id(), Role.VIEWER, admin.name()))
                .isInstanceOf(AccessException.class)
                .hasMessageContaining("last enabled ADMIN");
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, admin.name()))
                .hasMessageContaining("last enabled ADMIN");
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevokedOrExpired() throws Exception {
        Accounts.Issued issued = accounts.issueToken(
                AccessToken.Kind.API, "line 3 MES bridge", Role.OPERATOR, Duration.ofDays(30), admin);

        assertThat(issued.secret()).startsWith("tkl_");
        try (var c = database.dataSource().getConnection();
                var rows = c.createStatement().executeQuery("select secret_hash from access_token")) {
            while (rows.next()) {
                assertThat(rows.getString(1)).doesNotContain(issued.secret().substring(4));
            }
        }
        Identity bridge = accounts.authenticate(issued.secret()).orElseThrow();
        assertThat(bridge.name()).isEqualTo("token:line 3 MES bridge");
        assertThat(bridge.role()).isEqualTo(Role.OPERATOR);
        assertThat(accounts.authenticate(issued.secret() + "x")).isEmpty();

        accounts.revokeToken(issued.token().id(), admin.name());
        assertThat(accounts.authenticate(issued.secret())).isEmpty();
        assertThat(accounts.current(bridge)).isEmpty();

        Accounts.Issued shortLived =
                accounts.issueToken(AccessToken.Kind.SCREEN, "Body line 1 TV", Role.ADMIN, Duration.ofDays(1), admin);
        assertThat(shortLived.token().role()).isEqualTo(Role.BOARD);
        clock.advance(Duration.ofDays(2));
        assertThat(accounts.authenticate(shortLived.secret())).isEmpty();
    }

    @Test
    void nobodyIssuesATokenAboveTheirOwnRole() {
        accounts.addUser("zhao.lei", "赵磊", Role.ENGINEER, "zhao's password", admin.name());
        Identity zhao = ((SignIn.Accepted) accounts.signIn("zhao.lei", "zhao's password", "t")).identity();

        assertThatThrownBy(() -> accounts.issueToken(AccessToken.Kind.API, "x", Role.ADMIN, Duration.ofDays(1), zhao))
                .hasMessageContaining("above your own role");
        assertThatThrownBy(
                        () -> accounts.issueToken(AccessToken.Kind.API, "x", Role.VIEWER, Duration.ofDays(5000), zhao))
                .hasMessageContaining("validDays");
    }
}
