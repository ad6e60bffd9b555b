package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.security.PasswordHasher;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host installed in a directory and run as an admin runs it: {@code bin/host run} in its own process, with
 * host.jar and lib/ from the build's {@code target/run} and an empty plugins directory. By default its database is
 * H2 under its data directory, opened with AUTO_SERVER so that a test can read it while the host runs; or a database
 * it is given, which other hosts may share.
 */
public final class InstalledHost implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Buddy host ready at");

    private final Path home;
    private final Path launcher;
    private final int port;
    private final Path log;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private Process process;

    private InstalledHost(Path home, Path launcher, int port, String dbUrl, String dbUser, String dbPassword) {
        this.home = home;
        this.launcher = launcher;
        this.port = port;
        this.log = home.resolve("host.log");
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    public static InstalledHost in(Path home) throws IOException {
        return in(home, "jdbc:h2:file:" + dataDirOf(home).resolve("db/host") + ";AUTO_SERVER=TRUE", "sa", "");
    }

    /** A host on the database at {@code dbUrl}, with its own home and data directory. */
    static InstalledHost in(Path home, String dbUrl, String dbUser, String dbPassword) throws IOException {
        Path run = Path.of(System.getProperty("run.dir", "target/run"));
        Path launcher = Path.of(System.getProperty("host.launcher", "../bin/host")).toAbsolutePath();
        assertThat(run.resolve("host.jar")).as("the build assembled target/run").exists();
        Files.createSymbolicLink(home.resolve("host.jar"), run.resolve("host.jar").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("lib"), run.resolve("lib").toAbsolutePath());
        try (ServerSocket socket = new ServerSocket(0)) {
            return new InstalledHost(home, launcher, socket.getLocalPort(), dbUrl, dbUser, dbPassword);
        }
    }

    Path home() {
        return home;
    }

    Path pluginsDir() {
        return home.resolve("plugins");
    }

    Path dataDir() {
        return dataDirOf(home);
    }

    private static Path dataDirOf(Path home) {
        return home.resolve("data");
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    public Connection database() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private Map<String, String> environment() {
        return Map.of("HOST_HOME", home.toString(), "HOST_PORT", String.valueOf(port),
                "HOST_DATA_DIR", dataDir().toString(), "HOST_DB_URL", dbUrl, "HOST_DB_USER", dbUser,
                "HOST_DB_PASSWORD", dbPassword, "HOST_DEMO_DATA", "true",
                "JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1", "LANG", "C.UTF-8",
                // With only the first compiler the default hash cost takes over a second per sign-in.
                "HOST_PASSWORD_ITERATIONS", String.valueOf(PasswordHasher.MIN_ITERATIONS));
    }

    /** Starts {@code bin/host run} and waits until the host serves (after any restarts the launcher makes). */
    public void start() throws Exception {
        int readyBefore = readyCount();
        ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "run").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment());
        process = builder.start();
        awaitReady(readyBefore + 1);
    }

    /** Waits until the log says the host was ready {@code count} times in all. */
    void awaitReady(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (readyCount() < count) {
            if (System.nanoTime() > deadline || (process != null && !process.isAlive())) {
                throw new AssertionError("the host did not become ready; its log ends with:\n" + tail());
            }
            Thread.sleep(200);
        }
    }

    int readyCount() throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        Matcher m = READY.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    public String logText() throws IOException {
        return Files.readString(log, StandardCharsets.ISO_8859_1);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops the launcher and its host as an admin's Ctrl-C or a service manager's TERM does. */
    void stop() throws Exception {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    void restart() throws Exception {
        stop();
        start();
    }

    /** Runs {@code bin/host plugin ARGS} and returns its exit code and output. */
    public CommandResult plugin(String... args) throws Exception {
        return pluginTypedIn(home, home.toString(), args);
    }

    /**
     * Runs {@code bin/host plugin ARGS} as typed in {@code directory} with {@code HOST_HOME} as given there, e.g.
     * relative to it, as the README's commands are typed at the repository root.
     */
    public CommandResult pluginTypedIn(Path directory, String hostHome, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString(), "plugin"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("cli.log").toFile()));
        builder.environment().putAll(environment());
        builder.environment().put("HOST_HOME", hostHome);
        Process cli = builder.start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CommandResult(cli.exitValue(), out);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    public record CommandResult(int exitCode, String output) {
    }
}
