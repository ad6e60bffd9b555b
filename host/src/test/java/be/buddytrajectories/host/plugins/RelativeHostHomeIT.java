package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's plugin commands as typed: {@code HOST_HOME=host/target/run bin/host plugin …} at the repository
 * root, with a home relative to where the command was typed, through {@code bin/host} as a process.
 */
class RelativeHostHomeIT {

    private static final String ID = "buddy-trajectories";

    @TempDir
    Path typedIn;

    private static Path realArchive() {
        return Path.of(System.getProperty("plugin.archive", "target/plugin-archive/buddy-trajectories.zip"));
    }

    @Test
    void aRelativeHostHomeIsTheFolderBelowWhereTheCommandWasTyped() throws Exception {
        Path home = Files.createDirectories(typedIn.resolve("installation/run"));
        InstalledHost host = InstalledHost.in(home);

        InstalledHost.CommandResult install = host.pluginTypedIn(typedIn, "installation/run", "install",
                realArchive().toAbsolutePath().toString());

        assertThat(install.exitCode()).as(install.output()).isZero();
        assertThat(home.resolve("plugins")).as("staged into the installation").isDirectory();
        assertThat(home.resolve("installation")).as("nothing staged below the installation's own path")
                .doesNotExist();
        InstalledHost.CommandResult list = host.pluginTypedIn(typedIn, "installation/run", "list");
        assertThat(list.output()).contains(ID).contains("PENDING_RESTART (install)")
                .contains(PluginArchive.sha256(realArchive()));
    }

    @Test
    void theBuiltPluginIsListedWithItsArchivesSha256AndDisabledAndEnabledThroughARelativeHostHome()
            throws Exception {
        Path home = Files.createDirectories(typedIn.resolve("installation/run"));
        InstalledHost host = InstalledHost.in(home);
        Path built = Path.of(System.getProperty("run.dir", "target/run"), "plugins", ID);
        copyTree(built, home.resolve("plugins").resolve(ID));

        InstalledHost.CommandResult list = host.pluginTypedIn(typedIn, "installation/run", "list");
        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.output()).contains(ID).contains("ACTIVE").contains(PluginArchive.sha256(realArchive()));

        InstalledHost.CommandResult disable = host.pluginTypedIn(typedIn, "installation/run", "disable", ID);
        assertThat(disable.exitCode()).as(disable.output()).isZero();
        assertThat(host.pluginTypedIn(typedIn, "installation/run", "list").output()).contains("(disable)");
        InstalledHost.CommandResult enable = host.pluginTypedIn(typedIn, "installation/run", "enable", ID);
        assertThat(enable.exitCode()).as(enable.output()).isZero();
    }

    private static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }
}
