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

    private final DataSource dataSource;
    private final Clock clock;
    private final PasswordHasher hasher;
    // Verifying against a dummy hash for unknown names keeps their timing like that of known names.
    private final String dummyHash;

    @Inject
    public UserAccounts(HostDatabase database, Clock clock, PasswordHasher hasher) {
        this.dataSource = database.dataSource();
        this.clock = clock;
        this.hasher = hasher;
        this.dummyHash = hasher.hash("not-a-password".toCharArray());
    }

    /**
     * The signed-in user, or empty for an unknown name, a wrong password, a disabled or a locked account. Each
     * attempt is counted as a failure before the password is verified (which takes a while on purpose), so that
     * parallel wrong passwords cannot overwrite each other's count; a right password takes its count back.
     */
    public Optional<SignedInUser> signIn(String username, char[] password) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Account> account = find(c, username);
            if (account.isEmpty() || !account.get().enabled()) {
                hasher.matches(password, account.map(Account::passwordHash).orElse(dummyHash));
                account.ifPresent(a -> LOG.info("sign-in refused for user id {}: account disabled", a.id()));
                return Optional.empty();
            }
            Account a = account.get();
            boolean counted = countAttempt(c, a.id(), clock.instant());
            boolean passwordOk = hasher.matches(password, a.passwordHash());
            if (!counted) {
                LOG.info("sign-in refused for user id {}: account locked", a.id());
                return Optional.empty();
            }
            if (!passwordOk) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update host_user set failed_logins = 0, locked_until = null where id = ?")) {
                ps.setLong(1, a.id());
                ps.executeUpdate();
            }
            if (hasher.isWeakerThanWanted(a.passwordHash())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "update host_user set password_hash = ? where id = ?")) {
                    ps.setString(1, hasher.hash(password));
                    ps.setLong(2, a.id());
                    ps.executeUpdate();
                }
                LOG.info("password of user id {} hashed again with the configured iteration count", a.id());
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
            ps.setString(2, hasher.hash(password));
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

    /**
     * Counts an attempt as a failure in one transaction: the increment locks the row, so parallel attempts are
     * counted one after the other, and the one that reaches {@link #MAX_FAILURES} locks the account (its count
     * starts again at zero for when the lock ends).
     *
     * @return false when the account is locked: the attempt is refused without being counted
     */
    private boolean countAttempt(Connection c, long userId, Instant now) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int failures;
            try (PreparedStatement ps = c.prepareStatement("update host_user set failed_logins = failed_logins + 1"
                    + " where id = ? and (locked_until is null or locked_until <= ?)")) {
                ps.setLong(1, userId);
                ps.setTimestamp(2, Timestamp.from(now));
                if (ps.executeUpdate() == 0) {
                    c.commit();
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select failed_logins from host_user where id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    failures = rs.getInt(1);
                }
            }
            if (failures >= MAX_FAILURES) {
                try (PreparedStatement ps = c.prepareStatement(
                        "update host_user set failed_logins = 0, locked_until = ? where id = ?")) {
                    ps.setTimestamp(1, Timestamp.from(now.plus(LOCK)));
                    ps.setLong(2, userId);
                    ps.executeUpdate();
                }
                LOG.warn("user id {} locked for {} minutes after {} sign-in attempts in a row that were not known"
                        + " to succeed", userId, LOCK.toMinutes(), failures);
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Optional<Account> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, username, password_hash, person_id, locale,"
                + " enabled from host_user where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), (Long) rs.getObject("person_id", Long.class),
                        rs.getString("locale"), rs.getBoolean("enabled")));
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
                           boolean enabled) {
    }
}
