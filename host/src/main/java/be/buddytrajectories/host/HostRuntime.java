package be.buddytrajectories.host;

import be.buddytrajectories.host.plugins.HostRestart;
import be.buddytrajectories.hostapi.Mailer;
import java.net.URI;
import javax.sql.DataSource;

/**
 * What {@link Main} prepared before the web application starts: the configuration, the migrated database,
 * how to restart, the address users reach the host at and the mail channel. CDI beans are created by Weld inside Jetty, so this one hand-over from {@code main()} to
 * {@link HostBeans} goes through a field set once per start.
 */
public record HostRuntime(HostConfig config, DataSource dataSource, HostRestart restart, URI publicAddress,
                          Mailer mailer) {

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
