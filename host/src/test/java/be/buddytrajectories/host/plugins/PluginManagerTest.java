package be.buddytrajectories.host.plugins;

import static be.buddytrajectories.host.plugins.TestArchives.descriptor;
import static be.buddytrajectories.host.plugins.TestArchives.entries;
import static be.buddytrajectories.host.plugins.TestArchives.jar;
import static be.buddytrajectories.host.plugins.TestArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.buddytrajectories.hostapi.BundleTranslations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginManagerTest {

    private static final BundleTranslations MESSAGES =
            new BundleTranslations(List.of("be.buddytrajectories.host.messages"));

    @TempDir
    Path home;
    @TempDir
    Path uploads;

    private Path pluginsDir;
    private PluginManager manager;
    private final List<String> removedData = new ArrayList<>();

    @BeforeEach
    void create() {
        pluginsDir = home.resolve("plugins");
        manager = new PluginManager(pluginsDir, 64 * 1024, "1.0.0");
    }

    private String english(PluginRefusal refusal) {
        return refusal.message((key, params) -> MESSAGES.getTranslation(key, Locale.ENGLISH, params));
    }

    private String dutch(PluginRefusal refusal) {
        return refusal.message((key, params) -> MESSAGES.getTranslation(key, BundleTranslations.DUTCH, params));
    }

    private void applyPending() {
        manager.applyPending(new RecordingData(removedData));
    }

    @Test
    void aValidArchiveIsStagedWithItsChecksumAndWaitsForARestart() throws Exception {
        Path archive = TestArchives.plugin(uploads, "probe-plugin", "1.2.0");

        PluginStatus staged = manager.stage(archive);

        assertThat(staged.state()).isEqualTo(PluginState.PENDING_RESTART);
        assertThat(staged.pending()).contains(PendingOperation.INSTALL);
        assertThat(staged.sha256()).contains(PluginArchive.sha256(archive)).hasValueSatisfying(
                sha -> assertThat(sha).hasSize(64));
        assertThat(staged.descriptor().tablePrefix()).isEqualTo("probe_");
        assertThat(pluginsDir.resolve("probe-plugin")).doesNotExist();
        assertThat(Files.readString(pluginsDir.resolve(".pending.properties"))).contains("probe-plugin=install");
    }

    @Test
    void theNextStartInstallsTheStagedPluginAndKeepsItsChecksum() throws Exception {
        Path archive = TestArchives.plugin(uploads, "probe-plugin", "1.2.0");
        manager.stage(archive);

        applyPending();

        assertThat(pluginsDir.resolve("probe-plugin/lib/probe-plugin.jar")).exists();
        assertThat(pluginsDir.resolve(".pending.properties")).doesNotExist();
        PluginStatus active = manager.find("probe-plugin").orElseThrow();
        assertThat(active.state()).isEqualTo(PluginState.ACTIVE);
        assertThat(active.pending()).isEmpty();
        assertThat(active.sha256()).contains(PluginArchive.sha256(archive));
    }

    @Test
    void anUpgradeReplacesTheInstallAndGivesAFailedPluginAnotherStart() throws Exception {
        manager.stage(TestArchives.plugin(uploads, "probe-plugin", "1.2.0"));
        applyPending();
        manager.markFailed("probe-plugin", "java.lang.IllegalStateException: boom");
        assertThat(manager.find("probe-plugin").orElseThrow().failure()).contains(
                "java.lang.IllegalStateException: boom");

        PluginStatus waiting = manager.stage(TestArchives.plugin(uploads, "probe-plugin", "1.10.0"));
        assertThat(waiting.versionText()).isEqualTo("1.2.0 → 1.10.0");
        applyPending();

        PluginStatus upgraded = manager.find("probe-plugin").orElseThrow();
        assertThat(upgraded.descriptor().version()).isEqualTo("1.10.0");
        assertThat(upgraded.state()).isEqualTo(PluginState.ACTIVE);
        assertThat(upgraded.failure()).isEmpty();
        assertThat(pluginsDir.resolve(".staged/probe-plugin")).doesNotExist();
    }

    @Test
    void disableAndEnableTakeEffectAtTheNextStart() throws Exception {
        manager.stage(TestArchives.plugin(uploads, "probe-plugin", "1.2.0"));
        applyPending();

        manager.disable("probe-plugin");
        assertThat(manager.find("probe-plugin").orElseThrow().state()).isEqualTo(PluginState.PENDING_RESTART);
        applyPending();
        assertThat(manager.find("probe-plugin").orElseThrow().state()).isEqualTo(PluginState.DISABLED);
        assertThat(pluginsDir.resolve("probe-plugin/DISABLED")).exists();

        manager.enable("probe-plugin");
        applyPending();
        assertThat(manager.find("probe-plugin").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
    }

    @Test
    void uninstallKeepingDataRemovesOnlyTheFilesAndRemovingDataAlsoTheTables() throws Exception {
        manager.stage(TestArchives.plugin(uploads, "probe-plugin", "1.2.0"));
        manager.stage(TestArchives.plugin(uploads, "other-plugin", "1.0.0"));
        applyPending();

        manager.uninstall("probe-plugin", false);
        manager.uninstall("other-plugin", true);
        applyPending();

        assertThat(manager.list()).isEmpty();
        assertThat(pluginsDir.resolve("probe-plugin")).doesNotExist();
        assertThat(removedData).containsExactly("other-plugin:other_");
    }

    @Test
    void uninstallingAPluginThatIsOnlyStagedCancelsItsInstall() throws Exception {
        Path archive = TestArchives.plugin(uploads, "probe-plugin", "1.2.0");
        manager.stage(archive);

        manager.uninstall("probe-plugin", false);
        PluginStatus waiting = manager.find("probe-plugin").orElseThrow();
        assertThat(waiting.pending()).contains(PendingOperation.UNINSTALL);
        assertThat(waiting.sha256()).contains(PluginArchive.sha256(archive));
        applyPending();

        assertThat(manager.list()).isEmpty();
        assertThat(pluginsDir.resolve(".staged/probe-plugin")).doesNotExist();
    }

    @Test
    void operationsOnAPluginThatIsNotInstalledAreRefused() {
        PluginRefusal refusal = catchThrowableOfType(PluginRefusal.class, () -> manager.disable("nothing"));

        assertThat(refusal.reason()).isEqualTo(PluginRefusal.Reason.NOT_INSTALLED);
        assertThat(english(refusal)).isEqualTo("No plugin with id nothing is installed.");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path text = Files.writeString(uploads.resolve("notes.zip"), "just some notes");

        PluginRefusal refusal = refusedWithoutChange(text, PluginRefusal.Reason.NOT_AN_ARCHIVE);

        assertThat(english(refusal)).contains("not a plugin archive");
        assertThat(dutch(refusal)).contains("geen plugin-archief");
    }

    @Test
    void anArchiveWithoutDescriptorIsRefused() throws Exception {
        Path archive = zip(uploads.resolve("a.zip"), entries("lib/a.jar", jar(Map.of("a.txt", bytes("a")))));

        assertThat(english(refusedWithoutChange(archive, PluginRefusal.Reason.NO_DESCRIPTOR))).contains("no descriptor");
    }

    @Test
    void aDescriptorWithoutVersionIsRefusedNamingTheField() throws Exception {
        Path archive = zip(uploads.resolve("a.zip"), entries(
                "plugin.properties", bytes("id=probe\nname=Probe\nrequires=[1.0.0,2.0.0)\n"),
                "lib/a.jar", jar(Map.of("a.txt", bytes("a")))));

        PluginRefusal refusal = refusedWithoutChange(archive, PluginRefusal.Reason.BROKEN_DESCRIPTOR);

        assertThat(english(refusal)).contains("(field version)");
    }

    @Test
    void aDescriptorWithAnUnreadableRangeIsRefused() throws Exception {
        Path archive = zip(uploads.resolve("a.zip"), entries(
                "plugin.properties", bytes(descriptor("probe", "1.0.0", "[1.0.0,oops")),
                "lib/a.jar", jar(Map.of("a.txt", bytes("a")))));

        assertThat(english(refusedWithoutChange(archive, PluginRefusal.Reason.BROKEN_DESCRIPTOR)))
                .contains("(field requires)");
    }

    @Test
    void aPluginForAnotherHostApiIsRefused() throws Exception {
        Path archive = zip(uploads.resolve("a.zip"), entries(
                "plugin.properties", bytes(descriptor("probe", "1.0.0", "[2.0.0,3.0.0)")),
                "lib/a.jar", jar(Map.of("a.txt", bytes("a")))));

        PluginRefusal refusal = refusedWithoutChange(archive, PluginRefusal.Reason.INCOMPATIBLE);

        assertThat(english(refusal)).isEqualTo("Refused: Test plugin probe 1.0.0 needs host-api [2.0.0,3.0.0), and"
                + " this host offers 1.0.0. Nothing was changed.");
    }

    @Test
    void aDowngradeIsRefused() throws Exception {
        manager.stage(TestArchives.plugin(uploads, "probe-plugin", "1.2.0"));
        applyPending();

        PluginRefusal refusal = refusedWithoutChange(TestArchives.plugin(uploads, "probe-plugin", "1.2.0-SNAPSHOT"),
                PluginRefusal.Reason.DOWNGRADE);

        assertThat(english(refusal)).contains("1.2.0-SNAPSHOT is older than the installed version 1.2.0");
    }

    @Test
    void aDamagedArchiveIsRefused() throws Exception {
        byte[] random = new byte[16 * 1024];
        new Random(7).nextBytes(random);
        Path archive = zip(uploads.resolve("a.zip"), entries(
                "lib/a.jar", jar(Map.of("data.bin", random)),
                "plugin.properties", bytes(descriptor("probe", "1.0.0", "[1.0.0,2.0.0)"))));
        byte[] content = Files.readAllBytes(archive);
        for (int i = 200; i < 260; i++) {
            content[i] ^= (byte) 0x5a;
        }
        Files.write(archive, content);

        assertThat(english(refusedWithoutChange(archive, PluginRefusal.Reason.CORRUPT))).contains("lib/a.jar");
    }

    @Test
    void anArchiveOverTheSizeLimitIsRefused() throws Exception {
        byte[] random = new byte[100 * 1024];
        new Random(7).nextBytes(random);
        Path archive = zip(uploads.resolve("a.zip"), entries(
                "plugin.properties", bytes(descriptor("probe", "1.0.0", "[1.0.0,2.0.0)")),
                "lib/a.jar", jar(Map.of("data.bin", random))));

        assertThat(english(refusedWithoutChange(archive, PluginRefusal.Reason.TOO_LARGE)))
                .contains("the limit of 0.1 MB");
    }

    @Test
    void anEntryThatWouldLandOutsideThePluginIsRefused() throws Exception {
        Path archive = zip(uploads.resolve("a.zip"), entries(
                "plugin.properties", bytes(descriptor("probe", "1.0.0", "[1.0.0,2.0.0)")),
                "lib/a.jar", jar(Map.of("a.txt", bytes("a"))),
                "lib/../../../host.jar", bytes("not the host")));

        assertThat(english(refusedWithoutChange(archive, PluginRefusal.Reason.UNSAFE_PATH)))
                .contains("lib/../../../host.jar");
    }

    @Test
    void anArchiveWithoutJarsIsRefused() throws Exception {
        Path archive = zip(uploads.resolve("a.zip"), entries(
                "plugin.properties", bytes(descriptor("probe", "1.0.0", "[1.0.0,2.0.0)"))));

        refusedWithoutChange(archive, PluginRefusal.Reason.NO_LIBRARIES);
    }

    @Test
    void everyRefusalHasAMessageInDutchAndEnglish() {
        for (PluginRefusal.Reason reason : PluginRefusal.Reason.values()) {
            PluginRefusal refusal = new PluginRefusal(reason, "a", "b", "c", "d");
            assertThat(english(refusal)).doesNotStartWith("!");
            assertThat(dutch(refusal)).doesNotStartWith("!").isNotEqualTo(english(refusal));
        }
    }

    private PluginRefusal refusedWithoutChange(Path archive, PluginRefusal.Reason reason) throws IOException {
        List<String> before = snapshot();
        PluginRefusal refusal = catchThrowableOfType(PluginRefusal.class, () -> manager.stage(archive));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(snapshot()).as("nothing changed on disk").isEqualTo(before);
        return refusal;
    }

    private List<String> snapshot() throws IOException {
        if (!Files.exists(pluginsDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(pluginsDir)) {
            return paths.map(p -> pluginsDir.relativize(p) + ":" + p.toFile().length()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Records which plugin's data would be removed, with the prefix it would drop. */
    private static final class RecordingData extends PluginData {

        private final List<String> removed;

        RecordingData(List<String> removed) {
            super("jdbc:unused", "", "", Path.of("unused"));
            this.removed = removed;
        }

        @Override
        void remove(PluginDescriptor plugin) {
            removed.add(plugin.id() + ":" + plugin.tablePrefix());
        }
    }
}
