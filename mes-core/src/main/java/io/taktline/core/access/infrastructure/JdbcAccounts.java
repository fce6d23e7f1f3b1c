package io.taktline.core.access.infrastructure;

import static io.taktline.core.infrastructure.JdbcTransactions.instant;
import static io.taktline.core.infrastructure.JdbcTransactions.time;

import io.taktline.core.access.AccessException;
import io.taktline.core.access.AccessToken;
import io.taktline.core.access.AccountRepository;
import io.taktline.core.access.Role;
import io.taktline.core.access.UserAccount;
import io.taktline.core.infrastructure.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link AccountRepository} on PostgreSQL: each change and its audit entry in one transaction. */
public final class JdbcAccounts implements AccountRepository {

    private static final String USER_COLUMNS = "id, username, display_name, role, must_change_password, enabled,"
            + " failed_sign_ins, locked_until, created_at, password_hash";
    private static final String TOKEN_COLUMNS =
            "id, kind, name, role, created_by, created_at, expires_at, revoked_at, last_used_at";

    private final JdbcTransactions transactions;

    public JdbcAccounts(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
    }

    @Override
    public long countUsers() {
        return transactions.withConnection(c -> {
            try (PreparedStatement count = c.prepareStatement("select count(*) from app_user");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public List<UserAccount> users() {
        return transactions.withConnection(c -> {
            List<UserAccount> users = new ArrayList<>();
            try (PreparedStatement select =
                            c.prepareStatement("select " + USER_COLUMNS + " from app_user order by lower(username)");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    users.add(user(rows));
                }
            }
            return users;
        });
    }

    @Override
    public Optional<StoredUser> user(String username) {
        return transactions.withConnection(c -> {
            try (PreparedStatement select =
                    c.prepareStatement("select " + USER_COLUMNS + " from app_user where lower(username) = lower(?)")) {
                select.setString(1, username);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new StoredUser(user(rows), rows.getString(10))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<UserAccount> user(long id) {
        return transactions.withConnection(c -> userById(c, id));
    }

    private static Optional<UserAccount> userById(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select " + USER_COLUMNS + " from app_user where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(user(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public UserAccount addUser(
            String username, String displayName, Role role, String passwordHash, boolean mustChange, Audit audit) {
        return transactions.inTransaction(c -> {
            try (PreparedStatement taken =
                    c.prepareStatement("select 1 from app_user where lower(username) = lower(?)")) {
                taken.setString(1, username);
                try (ResultSet rows = taken.executeQuery()) {
                    if (rows.next()) {
                        throw AccessException.conflict(
                                "there is a user " + username + " already; choose another user name");
                    }
                }
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into app_user (username, display_name, role, password_hash, must_change_password)"
                            + " values (?, ?, ?, ?, ?) returning id")) {
                insert.setString(1, username);
                insert.setString(2, displayName);
                insert.setString(3, role.name());
                insert.setString(4, passwordHash);
                insert.setBoolean(5, mustChange);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            audit(c, audit);
            return userById(c, id).orElseThrow();
        });
    }

    @Override
    public void recordSignIn(long userId, int failedInARow, Instant lockedUntil, Audit audit) {
        update(
                "update app_user set failed_sign_ins = ?, locked_until = ? where id = ?",
                audit,
                failedInARow,
                time(lockedUntil),
                userId);
    }

    @Override
    public void setPassword(long userId, String passwordHash, boolean mustChange, Audit audit) {
        update(
                "update app_user set password_hash = ?, must_change_password = ?, password_changed_at = now(),"
                        + " failed_sign_ins = 0, locked_until = null where id = ?",
                audit,
                passwordHash,
                mustChange,
                userId);
    }

    @Override
    public void setRole(long userId, Role role, Audit audit) {
        update("update app_user set role = ? where id = ?", audit, role.name(), userId);
    }

    @Override
    public void setEnabled(long userId, boolean enabled, Audit audit) {
        update("update app_user set enabled = ? where id = ?", audit, enabled, userId);
    }

    @Override
    public List<AccessToken> tokens() {
        return transactions.withConnection(c -> {
            List<AccessToken> tokens = new ArrayList<>();
            try (PreparedStatement select =
                            c.prepareStatement("select " + TOKEN_COLUMNS + " from access_token order by id desc");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(token(rows));
                }
            }
            return tokens;
        });
    }

    @Override
    public Optional<AccessToken> token(long id) {
        return transactions.withConnection(c -> tokenWhere(c, "id = ?", id));
    }

    @Override
    public Optional<AccessToken> tokenBySecretHash(String secretHash) {
        return transactions.withConnection(c -> tokenWhere(c, "secret_hash = ?", secretHash));
    }

    private static Optional<AccessToken> tokenWhere(Connection c, String where, Object value) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("select " + TOKEN_COLUMNS + " from access_token where " + where)) {
            select.setObject(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(token(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public AccessToken addToken(
            AccessToken.Kind kind,
            String name,
            Role role,
            String secretHash,
            String createdBy,
            Instant expiresAt,
            Audit audit) {
        return transactions.inTransaction(c -> {
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into access_token (kind, name, role, secret_hash, created_by, expires_at)"
                            + " values (?, ?, ?, ?, ?, ?) returning id")) {
                insert.setString(1, kind.name());
                insert.setString(2, name);
                insert.setString(3, role.name());
                insert.setString(4, secretHash);
                insert.setString(5, createdBy);
                insert.setObject(6, time(expiresAt));
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            audit(
                    c,
                    new Audit(
                            audit.actor(),
                            audit.action(),
                            audit.entity(),
                            Long.toString(id),
                            audit.before(),
                            audit.after()));
            return tokenWhere(c, "id = ?", id).orElseThrow();
        });
    }

    @Override
    public void revokeToken(long id, Instant at, Audit audit) {
        update("update access_token set revoked_at = ? where id = ? and revoked_at is null", audit, time(at), id);
    }

    @Override
    public void touchToken(long id, Instant at, Audit audit) {
        update("update access_token set last_used_at = ? where id = ?", audit, time(at), id);
    }

    @Override
    public void audit(Audit audit) {
        transactions.inTransaction(c -> {
            audit(c, audit);
            return null;
        });
    }

    private void update(String sql, Audit audit, Object... values) {
        transactions.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.executeUpdate();
            }
            if (audit != null) {
                audit(c, audit);
            }
            return null;
        });
    }

    private static void audit(Connection c, Audit audit) throws SQLException {
        JdbcTransactions.audit(
                c, audit.actor(), audit.action(), audit.entity(), audit.key(), audit.before(), audit.after());
    }

    private static UserAccount user(ResultSet rows) throws SQLException {
        return new UserAccount(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                Role.valueOf(rows.getString(4)),
                rows.getBoolean(5),
                rows.getBoolean(6),
                rows.getInt(7),
                instant(rows, 8),
                instant(rows, 9));
    }

    private static AccessToken token(ResultSet rows) throws SQLException {
        return new AccessToken(
                rows.getLong(1),
                AccessToken.Kind.valueOf(rows.getString(2)),
                rows.getString(3),
                Role.valueOf(rows.getString(4)),
                rows.getString(5),
                instant(rows, 6),
                instant(rows, 7),
                instant(rows, 8),
                instant(rows, 9));
    }
}
