package be.buddytrajectories.host.faults;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A {@link HostProcess} started by a test: its protocol lines as they come, its log in a file, and SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) to end it the hard way.
 */
final class ChildHost implements AutoCloseable {

    /** Generous: on a busy 2-core machine a start with demo data took over two minutes. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static Path archive;

    private final Process process;
    private final Path log;
    private final List<List<String>> lines = new ArrayList<>();
    private final Thread reader;

    private ChildHost(Process process, Path log) {
        this.process = process;
        this.log = log;
        reader = new Thread(this::read, "child-host-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a host on this database with demo data, the plugin and a coordinator for the write stream.
     *
     * @param log where the child's own logging goes (appended)
     * @param jvmOptions further options of the child's JVM, e.g. a {@code -Dbuddy.halt.at} moment
     */
    static ChildHost start(String mode, Path dataDir, String url, String user, String password, long seed,
                           long firstMarker, Path log, String... jvmOptions) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = driverArchive() + File.pathSeparator + System.getProperty("java.class.path");
        // Only the first compiler: a host that starts, writes for seconds and dies spends more on compiling than
        // it saves, and two of them at once on two cores slow every other test.
        List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Dhost.demo.data=true"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classPath, HostProcess.class.getName(), mode, dataDir.toString(), url, user,
                password, Long.toString(seed), Long.toString(firstMarker)));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildHost(process, log);
    }

    /** Sends a command line to the child's standard input (see {@link HostProcess}'s {@code pair} mode). */
    void send(String command) {
        try {
            process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send \"" + command + "\" to the child host", e);
        }
    }

    /** The exit status, once the process ended. */
    int exitValue() {
        return process.exitValue();
    }

    /** The port once the host is ready. */
    int awaitReady() throws InterruptedException {
        return Integer.parseInt(await(w -> w.get(0).equals("ready"), START_TIMEOUT).get(1));
    }

    /** Waits for the first line that matches, and returns it. */
    List<String> await(Predicate<List<String>> wanted, Duration timeout) throws InterruptedException {
        int line = awaitLine(0, wanted, timeout);
        return lines().get(line);
    }

    /** Waits for the first line from the {@code from}-th on that matches, and returns its number. */
    int awaitLine(int from, Predicate<List<String>> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = from;
        while (System.nanoTime() < deadline) {
            synchronized (lines) {
                for (; seen < lines.size(); seen++) {
                    if (wanted.test(lines.get(seen))) {
                        return seen;
                    }
                }
                if (!process.isAlive() && seen == lines.size()) {
                    break;
                }
                lines.wait(100);
            }
        }
        threadDump();
        throw new AssertionError("the child host did not print the expected line within " + timeout
                + " (alive: " + process.isAlive() + "); its log: " + log + "\n" + tail());
    }

    /** Every whole protocol line so far. */
    List<List<String>> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** SIGKILL, then waits until the process is gone and its output is read. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    void awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child host did not end within " + timeout + "; its log: " + log);
        }
        // The reader ends at the end of the stream, after the last lines.
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }

    /** Appends the child's threads to its log, to see where a start or a drain hangs. */
    private void threadDump() {
        if (!process.isAlive()) {
            return;
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Without jcmd the log has less to say; the failure itself is reported anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String tail() {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Protocol.words(line).ifPresent(words -> {
                    synchronized (lines) {
                        lines.add(words);
                        lines.notifyAll();
                    }
                });
            }
        } catch (IOException e) {
            // The stream ends with the process.
        }
        synchronized (lines) {
            lines.notifyAll();
        }
    }

    /**
     * A bean archive holding only {@link DutyCoordinator}: first on the child's class path, so Weld finds the
     * alternative there, and nowhere in the JVM that runs the tests.
     */
    private static synchronized Path driverArchive() throws IOException {
        if (archive == null) {
            Path dir = Files.createTempDirectory("fault-driver");
            Path classes;
            try {
                classes = Path.of(DutyCoordinator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            String packagePath = DutyCoordinator.class.getPackageName().replace('.', '/');
            Path target = Files.createDirectories(dir.resolve(packagePath));
            try (Stream<Path> files = Files.list(classes.resolve(packagePath))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("DutyCoordinator")).toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.createDirectories(dir.resolve("META-INF"));
            Files.writeString(dir.resolve("META-INF/beans.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
                    """);
            archive = dir;
        }
        return archive;
    }
}
