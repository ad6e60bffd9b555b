package be.buddytrajectories.host.plugins;

/** Where a plugin stands; the message key {@code host.plugins.state.<STATE>} names it for users. */
public enum PluginState {
    /** On the class path of this run. */
    ACTIVE,
    /** An operation is staged and takes effect at the next start. */
    PENDING_RESTART,
    /** Installed but left off the class path by an admin. */
    DISABLED,
    /** Failed at start and left off the class path until an admin enables or upgrades it. */
    FAILED
}
