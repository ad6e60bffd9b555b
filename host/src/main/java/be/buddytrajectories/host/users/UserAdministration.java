package be.buddytrajectories.host.users;

import be.buddytrajectories.host.security.HostPermissions;
import be.buddytrajectories.host.security.PermissionDenied;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Admin operations on user accounts: list them, change their roles, unlock them. Every operation checks the
 * caller's admin permission first, and every change is written with its audit entry in one transaction.
 */
@ApplicationScoped
public class UserAdministration {

    static final String ADMIN_ROLE = "ADMIN";
    static final int AUDIT_PAGE = 200;

    private final DataSource dataSource;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public UserAdministration(HostDatabase database, CurrentUser user, Clock clock) {
        this.dataSource = database.dataSource();
        this.user = user;
        this.clock = clock;
    }

    /** The roles the host knows, by name. */
    public Set<String> roles() {
        requireAdmin();
        Set<String> roles = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select name from host_role");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
            return roles;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read roles", e);
        }
    }

    /** All accounts, by user name. */
    public List<UserAccount> accounts() {
        requireAdmin();
        try (Connection c = dataSource.getConnection()) {
            return accounts(c, null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users", e);
        }
    }

    /**
     * Gives the user exactly these roles; they apply from the user's next sign-in. Refuses unknown roles and
     * taking the admin role from the last admin, who could then never give it back.
     */
    public void changeRoles(long userId, Set<String> roles) {
        requireAdmin();
        Set<String> known = roles();
        if (!known.containsAll(roles)) {
            throw new UserAdministrationException("host.users.error.unknownRole");
        }
        inTransaction(c -> {
            UserAccount account = account(c, userId);
            Set<String> before = new TreeSet<>(account.roles());
            Set<String> after = new TreeSet<>(roles);
            if (before.equals(after)) {
                return;
            }
            if (before.contains(ADMIN_ROLE) && !after.contains(ADMIN_ROLE) && admins(c) <= 1) {
                throw new UserAdministrationException("host.users.error.lastAdmin");
            }
            try (PreparedStatement delete = c.prepareStatement("delete from host_user_role where user_id = ?")) {
                delete.setLong(1, userId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into host_user_role (user_id, role_name) values (?, ?)")) {
                for (String role : after) {
                    insert.setLong(1, userId);
                    insert.setString(2, role);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            audit(c, HostAuditAction.ROLES_CHANGED, account.username(), before + " -> " + after);
        });
    }

    /** Lifts a lock after failed sign-ins before its time runs out. */
    public void unlock(long userId) {
        requireAdmin();
        inTransaction(c -> {
            UserAccount account = account(c, userId);
            try (PreparedStatement ps = c.prepareStatement(
                    "update host_user set failed_logins = 0, locked_until = null where id = ?")) {
                ps.setLong(1, userId);
                ps.executeUpdate();
            }
            audit(c, HostAuditAction.UNLOCKED, account.username(), "");
        });
    }

    /** The latest audit entries, newest first. */
    public List<HostAuditEntry> auditTrail() {
        requireAdmin();
        List<HostAuditEntry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select at, actor, action, subject, detail"
                     + " from host_audit_entry order by id desc")) {
            ps.setMaxRows(AUDIT_PAGE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new HostAuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                            HostAuditAction.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the host audit trail", e);
        }
    }

    public Instant now() {
        return clock.instant();
    }

    private void requireAdmin() {
        if (!user.hasPermission(HostPermissions.ADMIN)) {
            throw new PermissionDenied("users");
        }
    }

    private void audit(Connection c, HostAuditAction action, String subject, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into host_audit_entry (at, actor, action, subject,"
                + " detail) values (?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, user.username().orElseThrow());
            ps.setString(3, action.name());
            ps.setString(4, subject);
            ps.setString(5, detail);
            ps.executeUpdate();
        }
    }

    private static int admins(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from host_user_role ur join host_user u"
                + " on u.id = ur.user_id where ur.role_name = ? and u.enabled = true")) {
            ps.setString(1, ADMIN_ROLE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static UserAccount account(Connection c, long userId) throws SQLException {
        List<UserAccount> found = accounts(c, userId);
        if (found.isEmpty()) {
            throw new UserAdministrationException("host.users.error.notFound");
        }
        return found.get(0);
    }

    private static List<UserAccount> accounts(Connection c, Long onlyId) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Instant> locks = new LinkedHashMap<>();
        Map<Long, Set<String>> roles = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select u.id, u.username, u.locked_until, ur.role_name"
                + " from host_user u left join host_user_role ur on ur.user_id = u.id"
                + (onlyId == null ? "" : " where u.id = ?") + " order by u.username")) {
            if (onlyId != null) {
                ps.setLong(1, onlyId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    names.put(id, rs.getString(2));
                    Timestamp locked = rs.getTimestamp(3);
                    locks.put(id, locked == null ? null : locked.toInstant());
                    Set<String> userRoles = roles.computeIfAbsent(id, k -> new TreeSet<>());
                    if (rs.getString(4) != null) {
                        userRoles.add(rs.getString(4));
                    }
                }
            }
        }
        return names.entrySet().stream().map(e -> new UserAccount(e.getKey(), e.getValue(),
                Set.copyOf(roles.get(e.getKey())), locks.get(e.getKey()))).toList();
    }

    private void inTransaction(SqlWork work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the user account", e);
        }
    }

    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }
}
