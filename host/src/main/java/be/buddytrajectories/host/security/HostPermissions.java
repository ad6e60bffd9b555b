package be.buddytrajectories.host.security;

/** The host's own permissions; plugins declare theirs in their descriptors. */
public final class HostPermissions {

    /** Manage users, plugins and settings. */
    public static final String ADMIN = "host.admin";
    /** See and edit the people directory. */
    public static final String PEOPLE = "host.people";

    private HostPermissions() {
    }
}
