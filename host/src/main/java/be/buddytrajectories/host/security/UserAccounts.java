package be.buddytrajectories.host.security;

import be.buddytrajectories.hostapi.HostDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users of the host: sign-in with throttling, roles and the permissions they grant, language choice.
 * After {@link #MAX_FAILURES} wrong passwords in a row an account is locked for {@link #LOCK}; the answer to
 * a locked account is the same as to a wrong password, so it reveals nothing.
 */
@ApplicationScoped
public class UserAccounts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);
    // Verifying against a dummy hash for unknown names keeps their timing like that of known names.
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());

    private final DataSource dataSource;
    private final Clock clock;

    @Inject
    public UserAccounts(HostDatabase database, Clock clock) {
        this.dataSource = database.dataSource();
        this.clock = clock;
    }

    /** The signed-in user, or empty for an unknown name, a wrong password, a disabled or a locked account. */
    public Optional<SignedInUser> signIn(String username, char[] password) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Account> account = find(c, username);
            String hash = account.map(Account::passwordHash).orElse(DUMMY_HASH);
            boolean passwordOk = PasswordHasher.matches(password, hash);
            if (account.isEmpty()) {
                return Optional.empty();
            }
            Account a = account.get();
            Instant now = clock.instant();
            if (!a.enabled() || (a.lockedUntil() != null && a.lockedUntil().isAfter(now))) {
                LOG.info("sign-in refused for user id {}: account disabled or locked", a.id());
                return Optional.empty();
            }
            if (!passwordOk) {
                recordFailure(c, a, now);
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update host_user set failed_logins = 0, locked_until = null where id = ?")) {
                ps.setLong(1, a.id());
                ps.executeUpdate();
            }
            return Optional.of(new SignedInUser(a.id(), a.username(), a.personId(), permissions(c, a.id()),
                    Locale.forLanguageTag(a.locale())));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users", e);
        }
    }

    /** Creates a user with these roles and returns its id. */
    public long create(String username, char[] password, Long personId, List<String> roles) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into host_user (username, password_hash, person_id,"
                     + " locale, enabled, failed_logins, created_at) values (?, ?, ?, 'nl', true, 0, ?)",
                     new String[] {"id"})) {
            ps.setString(1, username);
            ps.setString(2, PasswordHasher.hash(password));
            ps.setObject(3, personId);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            for (String role : roles) {
                try (PreparedStatement r = c.prepareStatement(
                        "insert into host_user_role (user_id, role_name) values (?, ?)")) {
                    r.setLong(1, id);
                    r.setString(2, role);
                    r.executeUpdate();
                }
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create user " + username, e);
        }
    }

    /** Remembers the user's choice of language for the next sign-in. */
    public void chooseLanguage(long userId, Locale locale) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update host_user set locale = ? where id = ?")) {
            ps.setString(1, locale.getLanguage());
            ps.setLong(2, userId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the language choice", e);
        }
    }

    private void recordFailure(Connection c, Account a, Instant now) throws SQLException {
        int failures = a.failedLogins() + 1;
        Timestamp lockedUntil = failures >= MAX_FAILURES ? Timestamp.from(now.plus(LOCK)) : null;
        try (PreparedStatement ps = c.prepareStatement(
                "update host_user set failed_logins = ?, locked_until = ? where id = ?")) {
            ps.setInt(1, lockedUntil != null ? 0 : failures);
            ps.setTimestamp(2, lockedUntil);
            ps.setLong(3, a.id());
            ps.executeUpdate();
        }
        if (lockedUntil != null) {
            LOG.warn("user id {} locked for {} minutes after {} failed sign-ins", a.id(), LOCK.toMinutes(), failures);
        }
    }

    private static Optional<Account> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, username, password_hash, person_id, locale,"
                + " enabled, failed_logins, locked_until from host_user where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp locked = rs.getTimestamp("locked_until");
                return Optional.of(new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), (Long) rs.getObject("person_id", Long.class),
                        rs.getString("locale"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                        locked == null ? null : locked.toInstant()));
            }
        }
    }

    private static Set<String> permissions(Connection c, long userId) throws SQLException {
        Set<String> permissions = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select distinct rp.permission from host_user_role ur"
                + " join host_role_permission rp on rp.role_name = ur.role_name where ur.user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    permissions.add(rs.getString(1));
                }
            }
        }
        return permissions;
    }

    private record Account(long id, String username, String passwordHash, Long personId, String locale,
                           boolean enabled, int failedLogins, Instant lockedUntil) {
    }
}
