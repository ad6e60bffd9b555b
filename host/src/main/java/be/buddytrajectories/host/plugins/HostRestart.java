package be.buddytrajectories.host.plugins;

/**
 * Stops the host cleanly so that it starts again: the process exits with {@link #EXIT_CODE}, on which
 * {@code bin/host run} applies the staged plugin operations and starts the host anew.
 */
@FunctionalInterface
public interface HostRestart {

    /** The exit code that asks the launcher for a restart. */
    int EXIT_CODE = 3;
    /** The exit code after a plugin failed at start and was marked FAILED: the launcher starts without it. */
    int PLUGIN_FAILED_EXIT_CODE = 4;

    /** Returns at once; the host stops shortly after, once the current request has been answered. */
    void restartNow();
}
