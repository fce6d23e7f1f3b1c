package io.taktline.core.access;

import io.taktline.core.access.AccountRepository.Audit;
import io.taktline.core.access.AccountRepository.StoredUser;
import io.taktline.core.document.TextLimits;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plant's users and tokens: sign-in with its lock-out, passwords, roles, API tokens and kiosk
 * screens. Every change and every sign-in, failed or not, is in the audit trail with who did it.
 */
public final class Accounts {

    /** The first admin's user name. */
    public static final String FIRST_ADMIN = "admin";

    /** A token's use is noted at most this often, and written to the audit trail at most once an hour. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    static final Duration AUDIT_USE_EVERY = Duration.ofHours(1);

    /** The longest an API token or screen link may be valid. */
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(3 * 365);

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final AccountRepository repository;
    private final Passwords passwords;
    private final Clock clock;

    public Accounts(AccountRepository repository, Passwords passwords, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** What the first start made: the admin's one-time password when none was configured. */
    public record FirstAdmin(boolean created, Optional<String> oneTimePassword) {}

    /**
     * Makes the first admin when there is no user yet: with {@code configuredPassword} when given
     * (no change needed), else with a generated one-time password that must be changed at first
     * sign-in. Does nothing when users exist.
     */
    public synchronized FirstAdmin ensureFirstAdmin(Optional<String> configuredPassword) {
        if (repository.countUsers() > 0) {
            return new FirstAdmin(false, Optional.empty());
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        configured.ifPresent(p -> Passwords.checkNew(FIRST_ADMIN, p));
        String password = configured.orElseGet(Passwords::generate);
        repository.addUser(
                FIRST_ADMIN,
                "Administrator",
                Role.ADMIN,
                passwords.hash(password),
                configured.isEmpty(),
                new Audit(
                        "taktline",
                        "USER_CREATED",
                        "user",
                        FIRST_ADMIN,
                        null,
                        json().add("role", Role.ADMIN.name())
                                .add("passwordFrom", configured.isPresent() ? "configuration" : "one-time password")
                                .build()
                                .toString()));
        return new FirstAdmin(true, configured.isPresent() ? Optional.empty() : Optional.of(password));
    }

    /** Checks a user name and password; failures count towards the lock-out and are audited. */
    public SignIn signIn(String username, String password, String from) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip();
        String given = password == null ? "" : password;
        Optional<StoredUser> found = USERNAME.matcher(name).matches() ? repository.user(name) : Optional.empty();
        if (found.isEmpty()) {
            passwords.waste(given);
            repository.audit(new Audit(
                    shortened(name),
                    "SIGN_IN_FAILED",
                    "user",
                    shortened(name),
                    null,
                    detail(from, "unknown user").build().toString()));
            return new SignIn.Refused();
        }
        UserAccount user = found.get().account();
        if (user.lockedAt(now)) {
            repository.audit(new Audit(
                    user.username(),
                    "SIGN_IN_LOCKED",
                    "user",
                    user.username(),
                    null,
                    detail(from, "locked")
                            .add("lockedUntil", user.lockedUntil().toString())
                            .build()
                            .toString()));
            return new SignIn.Locked(user.lockedUntil());
        }
        boolean right = passwords.matches(given, found.get().passwordHash());
        if (right && user.enabled()) {
            repository.recordSignIn(
                    user.id(),
                    0,
                    null,
                    new Audit(
                            user.username(),
                            "SIGN_IN",
                            "user",
                            user.username(),
                            null,
                            detail(from, null).build().toString()));
            return new SignIn.Accepted(Identity.of(user));
        }
        int failures = user.failedSignIns() + 1;
        Duration lock = SignInThrottle.lockAfter(failures);
        Instant lockedUntil = lock.isZero() ? null : now.plus(lock);
        JsonObjectBuilder detail =
                detail(from, right ? "account disabled" : "wrong password").add("failuresInARow", failures);
        if (lockedUntil != null) {
            detail.add("lockedUntil", lockedUntil.toString());
        }
        repository.recordSignIn(
                user.id(),
                failures,
                lockedUntil,
                new Audit(
                        user.username(),
                        "SIGN_IN_FAILED",
                        "user",
                        user.username(),
                        null,
                        detail.build().toString()));
        return lockedUntil != null ? new SignIn.Locked(lockedUntil) : new SignIn.Refused();
    }

    /**
     * The identity as it stands now: empty when the user was disabled or removed or the token
     * revoked or expired since; the role and must-change flag as stored.
     */
    public Optional<Identity> current(Identity identity) {
        Instant now = clock.instant();
        return switch (identity.kind()) {
            case USER ->
                repository.user(identity.id()).filter(UserAccount::enabled).map(Identity::of);
            case TOKEN, SCREEN ->
                repository.token(identity.id()).filter(t -> t.activeAt(now)).map(Identity::of);
        };
    }

    /** The identity of a token's secret, when it is active; its use is noted. */
    public Optional<Identity> authenticate(String secret) {
        if (secret == null || !secret.startsWith("tkl_") || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> token =
                repository.tokenBySecretHash(Passwords.sha256(secret)).filter(t -> t.activeAt(now));
        token.ifPresent(t -> touch(t, now));
        return token.map(Identity::of);
    }

    private void touch(AccessToken token, Instant now) {
        Instant last = token.lastUsedAt();
        if (last != null && last.plus(TOUCH_EVERY).isAfter(now)) {
            return;
        }
        Audit audit = last == null || last.plus(AUDIT_USE_EVERY).isBefore(now)
                ? new Audit(Identity.of(token).name(), "TOKEN_USED", "token", Long.toString(token.id()), null, null)
                : null;
        repository.touchToken(token.id(), now, audit);
    }

    public void signedOut(Identity identity, String from) {
        repository.audit(new Audit(
                identity.name(),
                "SIGN_OUT",
                entity(identity),
                key(identity),
                null,
                detail(from, null).build().toString()));
    }

    /** The signed-in user changes their own password, giving the current one. */
    public Identity changePassword(Identity who, String current, String next) {
        if (who.kind() != Identity.Kind.USER) {
            throw AccessException.invalid("only a signed-in user has a password; " + who.name() + " is a token");
        }
        UserAccount user = repository
                .user(who.id())
                .orElseThrow(() -> AccessException.notFound("user " + who.name() + " no longer exists"));
        StoredUser stored = repository.user(user.username()).orElseThrow();
        if (!passwords.matches(current == null ? "" : current, stored.passwordHash())) {
            throw AccessException.invalid("the current password is not right; give the password you signed in with");
        }
        Passwords.checkNew(user.username(), next);
        if (next.equals(current)) {
            throw AccessException.invalid("the new password is the current one; choose another");
        }
        repository.setPassword(
                user.id(),
                passwords.hash(next),
                false,
                new Audit(user.username(), "PASSWORD_CHANGED", "user", user.username(), null, null));
        return Identity.of(repository.user(user.id()).orElseThrow());
    }

    public List<UserAccount> users() {
        return repository.users();
    }

    /** A new user with a temporary password they must change at first sign-in. */
    public UserAccount addUser(String username, String displayName, Role role, String temporaryPassword, String actor) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw AccessException.invalid(
                    "field 'username' is '" + shortened(name) + "'; use 1 to 64 letters, digits and . _ @ -");
        }
        String display =
                line("field 'displayName'", displayName == null || displayName.isBlank() ? name : displayName.strip());
        if (!role.forPeople()) {
            throw AccessException.invalid(
                    "field 'role' is BOARD, which is for kiosk screens; give VIEWER, OPERATOR, ENGINEER or ADMIN");
        }
        Passwords.checkNew(name, temporaryPassword);
        return repository.addUser(
                name,
                display,
                role,
                passwords.hash(temporaryPassword),
                true,
                new Audit(
                        actor,
                        "USER_CREATED",
                        "user",
                        name,
                        null,
                        json().add("role", role.name())
                                .add("displayName", display)
                                .build()
                                .toString()));
    }

    public UserAccount setRole(long userId, Role role, String actor) {
        UserAccount user = existing(userId);
        if (!role.forPeople()) {
            throw AccessException.invalid(
                    "field 'role' is BOARD, which is for kiosk screens; give VIEWER, OPERATOR, ENGINEER or ADMIN");
        }
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(user, "take the ADMIN role from");
        }
        repository.setRole(
                userId,
                role,
                new Audit(
                        actor,
                        "ROLE_CHANGED",
                        "user",
                        user.username(),
                        json().add("role", user.role().name()).build().toString(),
                        json().add("role", role.name()).build().toString()));
        return existing(userId);
    }

    public UserAccount setEnabled(long userId, boolean enabled, String actor) {
        UserAccount user = existing(userId);
        if (!enabled && user.role() == Role.ADMIN) {
            keepAnAdmin(user, "disable");
        }
        repository.setEnabled(
                userId,
                enabled,
                new Audit(
                        actor,
                        enabled ? "USER_ENABLED" : "USER_DISABLED",
                        "user",
                        user.username(),
                        json().add("enabled", user.enabled()).build().toString(),
                        json().add("enabled", enabled).build().toString()));
        return existing(userId);
    }

    /** An admin sets a temporary password (the user must change it) and lifts a lock-out. */
    public UserAccount resetPassword(long userId, String temporaryPassword, String actor) {
        UserAccount user = existing(userId);
        Passwords.checkNew(user.username(), temporaryPassword);
        repository.setPassword(
                userId,
                passwords.hash(temporaryPassword),
                true,
                new Audit(actor, "PASSWORD_RESET", "user", user.username(), null, null));
        return existing(userId);
    }

    private void keepAnAdmin(UserAccount user, String what) {
        long admins = repository.users().stream()
                .filter(u -> u.enabled() && u.role() == Role.ADMIN)
                .count();
        if (admins <= 1) {
            throw AccessException.conflict("cannot " + what + " " + user.username()
                    + ": it is the last enabled ADMIN; give another user the ADMIN role first");
        }
    }

    private UserAccount existing(long userId) {
        return repository
                .user(userId)
                .orElseThrow(() ->
                        AccessException.notFound("there is no user " + userId + "; GET /api/v1/users lists them"));
    }

    /** A new token and, shown this once, its secret. */
    public record Issued(AccessToken token, String secret) {}

    /**
     * Issues an API token (any role up to the issuer's own) or a kiosk screen link (role BOARD).
     * {@code validFor} is how long it is valid, at most {@link #LONGEST_VALIDITY}.
     */
    public Issued issueToken(AccessToken.Kind kind, String name, Role role, Duration validFor, Identity issuer) {
        String label = line("field 'name'", name == null ? "" : name.strip());
        if (label.isEmpty()) {
            throw AccessException.invalid("field 'name' is empty; name the script, machine or screen the token is for");
        }
        Role granted = kind == AccessToken.Kind.SCREEN ? Role.BOARD : role;
        if (!issuer.role().includes(granted)) {
            throw AccessException.invalid("field 'role' is " + granted + ", above your own role " + issuer.role());
        }
        if (validFor == null
                || validFor.isNegative()
                || validFor.isZero()
                || validFor.compareTo(LONGEST_VALIDITY) > 0) {
            throw AccessException.invalid(
                    "field 'validDays' must be between 1 and " + LONGEST_VALIDITY.toDays() + " days");
        }
        String secret = Passwords.secret();
        Instant expires = clock.instant().plus(validFor);
        AccessToken token = repository.addToken(
                kind,
                label,
                granted,
                Passwords.sha256(secret),
                issuer.name(),
                expires,
                new Audit(
                        issuer.name(),
                        "TOKEN_ISSUED",
                        "token",
                        label,
                        null,
                        json().add("kind", kind.name())
                                .add("role", granted.name())
                                .add("expiresAt", expires.toString())
                                .build()
                                .toString()));
        return new Issued(token, secret);
    }

    public List<AccessToken> tokens() {
        return repository.tokens();
    }

    public AccessToken revokeToken(long id, String actor) {
        AccessToken token = repository
                .token(id)
                .orElseThrow(
                        () -> AccessException.notFound("there is no token " + id + "; GET /api/v1/tokens lists them"));
        if (token.revokedAt() == null) {
            repository.revokeToken(
                    id,
                    clock.instant(),
                    new Audit(
                            actor,
                            "TOKEN_REVOKED",
                            "token",
                            Long.toString(id),
                            json().add("name", token.name())
                                    .add("kind", token.kind().name())
                                    .build()
                                    .toString(),
                            null));
        }
        return repository.token(id).orElseThrow();
    }

    private static String line(String what, String text) {
        try {
            return TextLimits.line(what, text, TextLimits.NAME);
        } catch (IllegalArgumentException e) {
            throw AccessException.invalid(e.getMessage());
        }
    }

    private static JsonObjectBuilder json() {
        return Json.createObjectBuilder();
    }

    private static JsonObjectBuilder detail(String from, String why) {
        JsonObjectBuilder detail = json();
        if (from != null) {
            detail.add("from", shortened(from));
        }
        if (why != null) {
            detail.add("reason", why);
        }
        return detail;
    }

    private static String entity(Identity identity) {
        return identity.kind() == Identity.Kind.USER ? "user" : "token";
    }

    private static String key(Identity identity) {
        return identity.kind() == Identity.Kind.USER ? identity.name() : Long.toString(identity.id());
    }

    /** A name as typed, cut to a length the audit trail keeps. */
    private static String shortened(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
