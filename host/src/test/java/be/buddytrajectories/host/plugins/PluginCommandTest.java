package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.BundleTranslations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path uploads;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        PluginManager plugins = new PluginManager(home.resolve("plugins"), 1024 * 1024);
        PluginData data = new PluginData("jdbc:unused", "", "", home.resolve("data"));
        return new PluginCommand(plugins, data, locale, new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void wrongUsageExitsWith2AndShowsTheUsage() {
        assertThat(run(Locale.ENGLISH)).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "uninstall", "x", "--everything")).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "install")).isEqualTo(2);
        assertThat(output()).contains(PluginCommand.USAGE);
    }

    @Test
    void installStagesAndListShowsThePendingPluginWithItsChecksum() {
        Path archive = TestArchives.plugin(uploads, "probe-plugin", "1.2.0");

        assertThat(run(Locale.ENGLISH, "install", archive.toString())).isZero();
        assertThat(run(Locale.ENGLISH, "list")).isZero();

        assertThat(output()).contains("Plugin Test plugin probe-plugin 1.2.0 is checked and staged")
                .contains("probe-plugin").contains("PENDING_RESTART (install)").contains("[1.0.0,2.0.0)");
    }

    @Test
    void aRefusalExitsWith1AndSaysWhyInTheUsersLanguage() {
        assertThat(run(BundleTranslations.DUTCH, "disable", "nothing")).isEqualTo(1);

        assertThat(output().strip()).isEqualTo("Er is geen plugin met id nothing ge\u00efnstalleerd.");
    }
}
