package be.buddytrajectories.host.load;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostConfig;
import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.TestHostConfigs;
import be.buddytrajectories.host.browser.Browser;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code load.browsers} (2 by default; {@code bin/long-tests} runs 10) headless Chromium sessions at once against
 * one host with demo data, each running the coordinator's main journey again and again for {@code load.seconds}
 * (each at least once); then
 * as many fresh sessions sign in to measure what one costs the host's heap. The report (per-step p50/p95, journeys,
 * memory per session) is printed and written to {@code target/load/browser-load.txt}. The memory figure is a
 * measurement for the report, not asserted: a full collection's result varies with what the JVM did meanwhile.
 */
class BrowserLoadIT {

    private static final int SESSIONS = Integer.getInteger("load.browsers", 2);
    private static final int SECONDS = Integer.getInteger("load.seconds", 5);
    private static final String DEMO_SETTING = "host.demo.data";
    private static final Path REPORT = Path.of("target", "load", "browser-load.txt");

    private static Path dataDir;
    private static RunningHost host;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void startHost() throws Exception {
        System.setProperty(DEMO_SETTING, "true");
        dataDir = Files.createTempDirectory("host-load-it");
        host = Main.start(TestHostConfigs.onH2(dataDir, true));
    }

    @AfterAll
    static void stopHost() {
        System.clearProperty(DEMO_SETTING);
        host.stop();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    @Test
    void concurrentCoordinatorSessionsRunTheMainJourneyWithoutErrorAndEveryWriteIsStored() throws Exception {
        List<CoordinatorSession> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            sessions.add(new CoordinatorSession(open(), host.port(), s));
        }
        ConcurrentLinkedQueue<CoordinatorSession.Written> written = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        long begin = System.nanoTime();
        long end = begin + Duration.ofSeconds(SECONDS).toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (CoordinatorSession session : sessions) {
            running.add(pool.submit(() -> {
                int round = 0;
                do {
                    try {
                        written.add(session.journey(round++));
                    } catch (Exception | AssertionError e) {
                        // The browser's state is unknown after a failed step: this session stops here.
                        errors.add(e);
                        return;
                    }
                } while (System.nanoTime() < end);
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        pool.shutdown();
        StepTimes times = new StepTimes();
        sessions.forEach(s -> times.addAll(s.times()));

        SessionMemory memory = measureSessionMemory(sessions);
        int refusals = sessions.stream().mapToInt(CoordinatorSession::refusals).sum();
        String report = report(elapsed, written.size(), refusals, List.copyOf(errors), times, memory);
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);

        assertThat(errors).as("errors in the journeys").isEmpty();
        assertThat(written).as("journeys").hasSizeGreaterThanOrEqualTo(SESSIONS);
        assertStored(written);
    }

    private ChromeDriver open() throws Exception {
        ChromeDriver browser = Browser.open(1280, 900);
        browsers.add(browser);
        return browser;
    }

    /** Each journey's newcomer is in the host's directory once, and his duo is closed with its one contact. */
    private void assertStored(Iterable<CoordinatorSession.Written> written) throws Exception {
        try (Connection c = DriverManager.getConnection(HostConfig.defaultH2Url(dataDir), "sa", "");
             PreparedStatement person = c.prepareStatement(
                     "select count(*) from host_person where first_name = ? and last_name = ?");
             PreparedStatement duo = c.prepareStatement("select status from buddy_trajectory where id = ?");
             PreparedStatement contacts = c.prepareStatement(
                     "select count(*), sum(minutes) from buddy_contact where trajectory_id = ?")) {
            for (CoordinatorSession.Written w : written) {
                person.setString(1, w.firstName());
                person.setString(2, w.lastName());
                assertThat(single(person).getInt(1)).as("%s %s in the directory", w.firstName(), w.lastName())
                        .isEqualTo(1);
                duo.setLong(1, w.duoId());
                assertThat(single(duo).getString(1)).as("status of duo %d", w.duoId()).isEqualTo("CLOSED");
                contacts.setLong(1, w.duoId());
                ResultSet logged = single(contacts);
                assertThat(logged.getInt(1)).as("contacts of duo %d", w.duoId()).isEqualTo(1);
                assertThat(logged.getInt(2)).isEqualTo(CoordinatorSession.CONTACT_MINUTES);
            }
        }
    }

    private static ResultSet single(PreparedStatement statement) throws Exception {
        ResultSet rs = statement.executeQuery();
        assertThat(rs.next()).isTrue();
        return rs;
    }

    /**
     * The host runs in this JVM, so its heap is ours. Each browser forgets its cookies and leaves the host, so that
     * its next visit is a new session; the heap after full collections is the baseline. Then each signs in and
     * opens the dashboard through the menu (one UI, as a coordinator starts the day), and the growth of the
     * collected heap divided by their number is one session: the HTTP session, the VaadinSession, its UI and
     * component tree and the view's data. Serialising a VaadinSession instead would miss what it holds through CDI
     * beans and count shared objects (translations, the index) once per session.
     */
    private static SessionMemory measureSessionMemory(List<CoordinatorSession> sessions) throws Exception {
        sessions.forEach(CoordinatorSession::leave);
        long before = collectedHeap();
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        List<Future<?>> signIns = new ArrayList<>();
        for (CoordinatorSession session : sessions) {
            signIns.add(pool.submit(() -> {
                session.signInAndOpenDashboard();
                return null;
            }));
        }
        for (Future<?> signIn : signIns) {
            signIn.get();
        }
        pool.shutdown();
        long after = collectedHeap();
        return new SessionMemory(sessions.size(), before, after);
    }

    /** Used heap after full collections, once two in a row agree within 256 KB. */
    private static long collectedHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            memory.gc();
            Thread.sleep(300);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < (256 << 10)) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    private record SessionMemory(int sessions, long beforeBytes, long afterBytes) {

        long perSessionBytes() {
            return (afterBytes - beforeBytes) / sessions;
        }
    }

    private static String report(Duration elapsed, int journeys, int refusals, List<Throwable> errors, StepTimes times,
                                 SessionMemory memory) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                        browser load: %d headless Chromium sessions at once for %.1f s (load.seconds=%d, each session at least one journey)
                        journey: sign in, dashboard, intake of a new newcomer, suggestions, propose, accept and start, log a contact, close, sign out
                        machine: %d cores, Java %s, system load average %.1f at the end
                        journeys completed: %d (%.1f per minute); proposals refused because another session had just taken the buddy's last place: %d; errors: %d
                        %s
                        memory per signed-in UI session (dashboard open): %d KB (%d sessions; collected heap %d MB before, %d MB after)
                        """, SESSIONS, elapsed.toMillis() / 1000.0, SECONDS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                journeys, journeys / (elapsed.toMillis() / 60_000.0), refusals,
                errors.size(), times.table(), memory.perSessionBytes() >> 10, memory.sessions(),
                memory.beforeBytes() >> 20, memory.afterBytes() >> 20));
        errors.forEach(e -> out.append("error: ").append(e.getMessage()).append(System.lineSeparator()));
        return out.toString();
    }
}
