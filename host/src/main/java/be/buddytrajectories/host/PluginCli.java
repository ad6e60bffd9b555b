package be.buddytrajectories.host;

import be.buddytrajectories.host.plugins.PluginCommand;

/**
 * {@code bin/host plugin …}: the plugin manager on the command line, run with {@code host.jar:lib/*} only (no plugin
 * on the class path), on the installation the host's settings name.
 */
public final class PluginCli {

    private PluginCli() {
    }

    public static void main(String[] args) {
        HostConfig config = HostConfig.fromEnvironment();
        System.exit(PluginCommand.forInstallation(config.pluginsDir(), config.maxPluginArchiveBytes(), config.dbUrl(),
                config.dbUser(), config.dbPassword(), config.pluginDataDir(), System.out).run(args));
    }
}
