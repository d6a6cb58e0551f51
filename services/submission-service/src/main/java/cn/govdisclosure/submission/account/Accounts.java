package cn.govdisclosure.submission.account;

import cn.govdisclosure.support.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The user accounts, with their passwords stored as bcrypt hashes. */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    /** Compared against when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private final String dummyHash;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.dummyHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    /** Creates the account; false if the username is taken. */
    public boolean create(Account account, String password) {
        return jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, roles, credit_code, region_code,
                                                  approval_level, created_by, created_at)
                        VALUES (:username, :hash, :roles, :creditCode, :regionCode, :level, :createdBy, :createdAt)
                        ON CONFLICT (username) DO NOTHING""")
                .param("username", account.username())
                .param("hash", passwords.encode(password))
                .param("roles", account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("creditCode", account.creditCode())
                .param("regionCode", account.regionCode())
                .param("level", account.approvalLevel())
                .param("createdBy", account.createdBy())
                .param("createdAt", Timestamp.from(account.createdAt()))
                .update() == 1;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM user_account WHERE username = ?").param(username)
                .query(Accounts::account).optional();
    }

    /** The account, if the password is right. */
    public Optional<Account> authenticate(String username, String password) {
        Optional<String> hash = jdbc.sql("SELECT password_hash FROM user_account WHERE username = ?")
                .param(username).query(String.class).optional();
        boolean matches = passwords.matches(password, hash.orElse(dummyHash));
        return matches && hash.isPresent() ? find(username) : Optional.empty();
    }

    public boolean any() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single() > 0;
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getString("username"),
                Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf).collect(Collectors.toSet()),
                rs.getString("credit_code"), rs.getString("region_code"), (Integer) rs.getObject("approval_level"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
