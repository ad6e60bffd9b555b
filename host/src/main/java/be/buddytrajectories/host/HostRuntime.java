package be.buddytrajectories.host;

import be.buddytrajectories.host.plugins.HostRestart;
import javax.sql.DataSource;

/**
 * What {@link Main} prepared before the web application starts: the configuration, the migrated database and
 * how to restart. CDI beans are created by Weld inside Jetty, so this one hand-over from {@code main()} to
 * {@link HostBeans} goes through a field set once per start.
 */
public record HostRuntime(HostConfig config, DataSource dataSource, HostRestart restart) {

    private static volatile HostRuntime current;

    static void install(HostRuntime runtime) {
        current = runtime;
    }

    static HostRuntime current() {
        HostRuntime runtime = current;
        if (runtime == null) {
            throw new IllegalStateException("the host has not been started through Main");
        }
        return runtime;
    }
}
