package io.taktline.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where users and tokens are kept. Every change takes the audit entry that goes with it and keeps
 * both or neither.
 */
public interface AccountRepository {

    /** One entry of the audit trail; {@code before} and {@code after} are JSON or null. */
    record Audit(String actor, String action, String entity, String key, String before, String after) {}

    /** A user with the hash of their password. */
    record StoredUser(UserAccount account, String passwordHash) {}

    long countUsers();

    List<UserAccount> users();

    Optional<StoredUser> user(String username);

    Optional<UserAccount> user(long id);

    /** @throws AccessException (conflict) when the user name is taken, in any letter case */
    UserAccount addUser(
            String username, String displayName, Role role, String passwordHash, boolean mustChange, Audit audit);

    void recordSignIn(long userId, int failedInARow, Instant lockedUntil, Audit audit);

    void setPassword(long userId, String passwordHash, boolean mustChange, Audit audit);

    void setRole(long userId, Role role, Audit audit);

    void setEnabled(long userId, boolean enabled, Audit audit);

    List<AccessToken> tokens();

    Optional<AccessToken> token(long id);

    Optional<AccessToken> tokenBySecretHash(String secretHash);

    AccessToken addToken(
            AccessToken.Kind kind,
            String name,
            Role role,
            String secretHash,
            String createdBy,
            Instant expiresAt,
            Audit audit);

    void revokeToken(long id, Instant at, Audit audit);

    /** Notes a token's use; {@code audit} is null when this use needs no entry. */
    void touchToken(long id, Instant at, Audit audit);

    void audit(Audit audit);
}
