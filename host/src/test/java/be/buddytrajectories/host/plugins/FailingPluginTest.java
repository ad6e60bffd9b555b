package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.probe.ExplodingStartup;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailingPluginTest {

    private static final String PROBE = ExplodingStartup.class.getName();

    @TempDir
    Path home;

    private PluginManager plugins;
    private ClassLoader loader;

    /** The probe class in {@code plugins/probe-plugin/lib/probe.jar}, loaded from there as the launcher does. */
    @BeforeEach
    void installProbe() throws Exception {
        plugins = new PluginManager(home.resolve("plugins"), 1024 * 1024);
        Path lib = Files.createDirectories(home.resolve("plugins/probe-plugin/lib"));
        String classFile = PROBE.replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(classFile)) {
            bytes = in.readAllBytes();
        }
        Path jar = lib.resolve("probe.jar");
        Files.write(jar, TestArchives.jar(Map.of(classFile, bytes)));
        // Not delegating to the test class path, where the same class also lives.
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void aFailureThrownFromAPluginClassIsThatPlugins() {
        IllegalStateException root = new IllegalStateException("probe plugin refuses to start");
        root.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(PROBE, "onHostStart", "ExplodingStartup.java", 14),
            new StackTraceElement("org.jboss.weld.event.ObserverMethodImpl", "notify", null, 1)});
        RuntimeException failure = new RuntimeException("deployment failed", new RuntimeException("wrapped", root));

        assertThat(FailingPlugin.find(failure, plugins, loader)).contains("probe-plugin");
        assertThat(FailingPlugin.describe(failure))
                .isEqualTo("java.lang.IllegalStateException: probe plugin refuses to start");
    }

    @Test
    void aFailureThatOnlyNamesAPluginClassIsThatPlugins() {
        RuntimeException failure = new RuntimeException("WELD-001408: Unsatisfied dependencies for type Mailer at"
                + " injection point [BackedAnnotatedParameter] Parameter 1 of " + PROBE + "(Mailer)");
        failure.setStackTrace(new StackTraceElement[0]);

        assertThat(FailingPlugin.find(failure, plugins, loader)).contains("probe-plugin");
    }

    @Test
    void aFailureOfTheHostItselfBelongsToNoPlugin() {
        RuntimeException failure = new RuntimeException("port 8080 is in use");

        assertThat(FailingPlugin.find(failure, plugins, loader)).isEmpty();
    }
}
