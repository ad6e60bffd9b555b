package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.probe.ExplodingStartup;
import be.buddytrajectories.probe.NeedsMissingLibrary;
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
    private static final String NEEDS_MISSING = NeedsMissingLibrary.class.getName();

    @TempDir
    Path home;

    private PluginManager plugins;
    private ClassLoader loader;

    /** The probe class in {@code plugins/probe-plugin/lib/probe.jar}, loaded from there as the launcher does. */
    @BeforeEach
    void installProbe() throws Exception {
        plugins = new PluginManager(home.resolve("plugins"), 1024 * 1024);
        Path lib = Files.createDirectories(home.resolve("plugins/probe-plugin/lib"));
        Path jar = lib.resolve("probe.jar");
        Files.write(jar, TestArchives.jar(Map.of(classFile(PROBE), classBytes(PROBE),
                classFile(NEEDS_MISSING), classBytes(NEEDS_MISSING))));
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
    void aPluginClassThatCannotBeLoadedForAMissingLibraryIsStillThatPlugins() {
        assertThatThrownBy(() -> Class.forName(NEEDS_MISSING, false, loader)).isInstanceOf(NoClassDefFoundError.class);
        RuntimeException failure = new RuntimeException("WELD-000119: Not generating any bean definitions from "
                + NEEDS_MISSING + " because of underlying class loading error: Type"
                + " be.buddytrajectories.probe.MissingLibrary not found");
        failure.setStackTrace(new StackTraceElement[0]);

        assertThat(FailingPlugin.find(failure, plugins, loader)).contains("probe-plugin");
    }

    @Test
    void aFailureOfTheHostItselfBelongsToNoPlugin() {
        RuntimeException failure = new RuntimeException("port 8080 is in use");

        assertThat(FailingPlugin.find(failure, plugins, loader)).isEmpty();
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    private static byte[] classBytes(String className) throws java.io.IOException {
        try (InputStream in = FailingPluginTest.class.getClassLoader().getResourceAsStream(classFile(className))) {
            return in.readAllBytes();
        }
    }
}
