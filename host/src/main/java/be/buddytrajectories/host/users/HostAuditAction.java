package be.buddytrajectories.host.users;

/** What an admin did to a user account. */
public enum HostAuditAction {
    ROLES_CHANGED,
    UNLOCKED
}
