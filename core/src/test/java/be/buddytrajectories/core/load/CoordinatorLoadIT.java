package be.buddytrajectories.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.contact.LoggedBy;
import be.buddytrajectories.core.matching.BuddySuggestion;
import be.buddytrajectories.core.matching.IndexedMatching;
import be.buddytrajectories.core.matching.SuggestionService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.rules.ConcurrentEditException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.MigratedDatabases;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.browse.BrowseResult;
import be.buddytrajectories.search.index.ProfileFields;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.ConnectionPoolDataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Coordinators at once (system property {@code load.coordinators}, 4 by default; {@code bin/long-tests} runs 50)
 * for {@code load.seconds} (10 in the default build; the long run uses 300), each in a closed loop without think time: volunteer search,
 * suggestions, opening a duo, logging a contact, editing a duo's agreement, proposing a newcomer to a popular buddy
 * or declining a proposal. Every answer but a refused concurrent edit or a business refusal (the buddy is full) is
 * an error; afterwards every acknowledged contact and agreement must be in the database and no buddy may have more
 * duos than places. The report (count, p50/p95/p99/max, throughput per operation) is printed and written to
 * {@code target/load/coordinator-load.txt}.
 */
class CoordinatorLoadIT {

    private static final int COORDINATORS = Integer.getInteger("load.coordinators", 4);
    private static final int SECONDS = Integer.getInteger("load.seconds", 5);
    /** The programme's size: 600 in CI, {@code bin/long-tests} runs 3,000. */
    private static final int VOLUNTEERS = Integer.getInteger("load.volunteers", 3000);
    private static final int WAITING = 300;
    private static final int DUOS = 200;
    /** Agreement edits go to these few duos, so that coordinators really do edit the same duo at once. */
    private static final int CONTESTED_DUOS = 20;
    /** Proposals go to these few buddies (1 to 3 places each), so that coordinators compete for their places. */
    private static final int CONTESTED_BUDDIES = 10;
    /** The answers a coordinator may get when another one was quicker; anything else is an error. */
    private static final Set<String> REFUSALS = Set.of("buddy.proposal.buddyFull", "buddy.proposal.rejectedBefore");
    /**
     * Operations that change a row others may change at the same moment: only they may be refused as a concurrent
     * edit. A search, a suggestion, opening a duo or logging a contact (a new row) refused so is an error.
     */
    private static final Set<String> MAY_CONFLICT = Set.of("editAgreement", "propose", "decline");
    /** The host's connection pool has 10 connections (HostDatabases); the services here share as many. */
    private static final int POOL = 10;
    private static final Path REPORT = Path.of("target", "load", "coordinator-load.txt");
    private static final List<String> SEARCHES = List.of("", "voetbal", "koken wandelen", "football", "muziek",
            "leerkracht", "Gent", "fietsen", "verpleegkundige", "schaken", "helpen nieuwkomers", "dansen");
    private static boolean reportStarted;

    @TempDir
    Path indexDir;

    private TestDatabases.TestDatabase database;
    private CoreFixture fixture;
    private IndexedMatching indexed;

    @AfterEach
    void close() throws Exception {
        if (indexed != null) {
            indexed.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void coordinatorsWorkingAtOnceGetNoErrorAndLoseNoAcknowledgedWrite(TestDatabases.Kind kind) throws Exception {
        database = pooled(MigratedDatabases.create(kind));
        fixture = new CoreFixture(database, new PerThreadUser());
        indexed = new IndexedMatching(fixture, indexDir);
        SuggestionService matching = indexed.matching;
        long setupStart = System.nanoTime();
        Programme programme = Programme.build(fixture, VOLUNTEERS, WAITING, DUOS);
        awaitIndexed();
        Duration setup = Duration.ofNanos(System.nanoTime() - setupStart);

        Run run = new Run(matching, programme);
        Duration elapsed = run.go();

        String report = report(kind, setup, elapsed, run);
        System.out.println(report);
        writeReport(report);
        assertThat(run.errors).as("errors under load").isEmpty();
        assertThat(run.nonEmptySuggestions.get()).as("suggestion lists with a buddy").isPositive();
        assertEveryAcknowledgedContactIsStored(run, programme);
        assertEveryDuoShowsItsLastAcknowledgedAgreement(run);
        assertNoBuddyHasMoreDuosThanPlaces(programme);
        assertThat(run.latencies.count("propose")).as("proposals made").isPositive();
        if (run.firstConflict != null) {
            assertThat(run.firstConflict.messageKey()).isEqualTo("buddy.concurrentEdit");
            assertThat(run.firstConflict.message(BundleTranslations.DUTCH))
                    .isNotEqualTo(run.firstConflict.message(Locale.ENGLISH)).doesNotContain("buddy.");
        }
    }

    /** The coordinators' loop and what they were told. */
    private final class Run {

        final SuggestionService matching;
        final Programme programme;
        final Latencies latencies = new Latencies();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final Map<Long, ContactView> ackedContacts = new ConcurrentHashMap<>();
        final Map<Long, LongAdder> ackedMinutesPerDuo = new ConcurrentHashMap<>();
        /** Per contested duo: version → goals, as acknowledged to the coordinator who saved them. */
        final Map<Long, Map<Long, String>> ackedAgreements = new ConcurrentHashMap<>();
        final AtomicInteger nonEmptySuggestions = new AtomicInteger();
        final AtomicInteger duplicateVersions = new AtomicInteger();
        final Map<Long, Integer> places = new HashMap<>();
        volatile ConcurrentEditException firstConflict;

        Run(SuggestionService matching, Programme programme) {
            this.matching = matching;
            this.programme = programme;
            fixture.signInCoordinator();
            for (long buddy : contestedBuddies(programme)) {
                places.put(buddy, fixture.db().inTransaction(em -> BuddyProfiles.get(em, buddy).capacity()));
            }
        }

        Duration go() throws Exception {
            ExecutorService coordinators = Executors.newFixedThreadPool(COORDINATORS);
            CountDownLatch ready = new CountDownLatch(COORDINATORS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Latencies>> results = new ArrayList<>();
            for (int c = 0; c < COORDINATORS; c++) {
                long seed = c;
                results.add(coordinators.submit(() -> {
                    fixture.signInCoordinator();
                    Random random = new Random(seed);
                    fixture.user.speaking(random.nextBoolean() ? Locale.ENGLISH : BundleTranslations.DUTCH);
                    ready.countDown();
                    start.await();
                    return work(random);
                }));
            }
            ready.await();
            long begin = System.nanoTime();
            start.countDown();
            for (Future<Latencies> result : results) {
                latencies.addAll(result.get());
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
            coordinators.shutdown();
            return elapsed;
        }

        private Latencies work(Random random) {
            Latencies mine = new Latencies();
            Instant end = Instant.now().plusSeconds(SECONDS);
            int edits = 0;
            while (Instant.now().isBefore(end)) {
                int dice = random.nextInt(100);
                if (dice < 30) {
                    attempt("search", () -> search(random), mine);
                } else if (dice < 50) {
                    attempt("suggest", () -> suggest(random), mine);
                } else if (dice < 63) {
                    attempt("openDuo", () -> openDuo(random), mine);
                } else if (dice < 85) {
                    attempt("logContact", () -> logContact(random), mine);
                } else if (dice < 93) {
                    int edit = ++edits;
                    attempt("editAgreement", () -> editAgreement(random, edit), mine);
                } else {
                    proposeOrDecline(random, mine);
                }
            }
            return mine;
        }

        /** Runs one operation, timed, and sorts its outcome: done, a conflict, a refusal, or an error. */
        private void attempt(String operation, Runnable work, Latencies mine) {
            long begin = System.nanoTime();
            try {
                work.run();
            } catch (ConcurrentEditException e) {
                if (MAY_CONFLICT.contains(operation)) {
                    mine.conflict(operation);
                    firstConflict = e;
                } else {
                    errors.add(operation + ": refused as a concurrent edit, which it cannot be: " + e);
                }
            } catch (RuntimeException | AssertionError e) {
                if (e instanceof RuleViolationException refused && REFUSALS.contains(refused.messageKey())) {
                    mine.refusal(operation);
                } else {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    errors.add(operation + ": " + trace);
                }
            }
            mine.record(operation, System.nanoTime() - begin);
        }

        private void search(Random random) {
            String text = Programme.pick(SEARCHES, random);
            Map<String, List<String>> facets = random.nextInt(3) == 0
                    ? Map.of(ProfileFields.LANGUAGE, List.of("en")) : Map.of();
            BrowseResult result = matching.searchVolunteers(new BrowseQuery(text, facets, 0, 20));
            if (text.isEmpty() && facets.isEmpty() && result.totalHits() != VOLUNTEERS) {
                throw new AssertionError("a search for everyone found " + result.totalHits() + " of " + VOLUNTEERS);
            }
        }

        private void suggest(Random random) {
            List<BuddySuggestion> suggestions = matching.suggest(Programme.pick(programme.waitingNewcomers, random));
            if (suggestions.size() > SuggestionService.SUGGESTIONS
                    || suggestions.stream().anyMatch(s -> s.reasons().isEmpty())) {
                throw new AssertionError("suggestions without reasons or too many: " + suggestions);
            }
            if (!suggestions.isEmpty()) {
                nonEmptySuggestions.incrementAndGet();
            }
        }

        private void openDuo(Random random) {
            long duo = Programme.pick(programme.duos, random);
            fixture.bean(TrajectoryService.class).find(duo);
            fixture.bean(ContactService.class).of(duo);
            fixture.bean(ContactService.class).hours(duo);
        }

        private void logContact(Random random) {
            long duo = Programme.pick(programme.duos, random);
            ContactView logged = fixture.bean(ContactService.class).log(new ContactInput(duo, fixture.clock.today(),
                    30 + 15 * random.nextInt(11), Programme.pick(List.of(ActivityType.values()), random),
                    random.nextBoolean(), random.nextBoolean(), random.nextInt(4) == 0 ? LoggedBy.NEWCOMER : null,
                    random.nextInt(5) == 0 ? "Samen naar de bib geweest." : null));
            ackedContacts.put(logged.id(), logged);
            ackedMinutesPerDuo.computeIfAbsent(duo, d -> new LongAdder()).add(logged.minutes());
        }

        /** As in the duo's form: read it, change the goals, save with the version that was read. */
        private void editAgreement(Random random, int edit) {
            long duo = programme.duos.get(random.nextInt(CONTESTED_DUOS));
            TrajectoryService trajectories = fixture.bean(TrajectoryService.class);
            Trajectory read = trajectories.find(duo);
            String goals = "Nederlands oefenen (" + fixture.user.username().orElseThrow() + ", wijziging " + edit + ")";
            Agreement a = Duos.AGREEMENT;
            Trajectory saved = trajectories.changeAgreement(duo, read.version(), new Agreement(goals, a.rhythm(),
                    a.buddyDoes().orElse(null), a.buddyDoesNot().orElse(null), a.referrals().orElse(null),
                    a.contactPerson()));
            if (ackedAgreements.computeIfAbsent(duo, d -> new ConcurrentHashMap<>())
                    .putIfAbsent(saved.version(), goals) != null) {
                duplicateVersions.incrementAndGet();
            }
        }

        /**
         * As on a newcomer's page: a waiting newcomer is proposed to one of a few popular buddies, a proposed one is
         * declined (the buddy's place is free again); coordinators race for the same places.
         */
        private void proposeOrDecline(Random random, Latencies mine) {
            long newcomer = Programme.pick(programme.waitingNewcomers, random);
            Trajectory[] current = new Trajectory[1];
            attempt("openNewcomer", () -> current[0] = fixture.bean(TrajectoryService.class).ofNewcomer(newcomer)
                    .get(0), mine);
            if (current[0] == null) {
                return;
            }
            Trajectory t = current[0];
            ProposalService match = fixture.bean(ProposalService.class);
            if (t.status() == TrajectoryStatus.PROPOSED) {
                attempt("decline", () -> match.decline(t.id(), t.version(), "Past niet in de agenda van de buddy."),
                        mine);
            } else {
                long buddy = Programme.pick(contestedBuddies(programme), random);
                attempt("propose", () -> {
                    match.propose(t.id(), t.version(), List.of(new Candidate(buddy, 10, "Spreekt Engels")));
                    // Checked at once: a later decline would hide a place given twice.
                    int taken = fixture.db().inTransaction(em -> BuddyProfiles.activeDuos(em, buddy));
                    if (taken > places.get(buddy)) {
                        throw new AssertionError("buddy " + buddy + " has " + taken + " duos for "
                                + places.get(buddy) + " places");
                    }
                }, mine);
            }
        }
    }

    /** Places taken by proposals and duos, against the buddy's capacity. */
    private void assertNoBuddyHasMoreDuosThanPlaces(Programme programme) {
        fixture.signInCoordinator();
        for (long buddy : contestedBuddies(programme)) {
            int[] takenAndPlaces = fixture.db().inTransaction(em -> new int[] {BuddyProfiles.activeDuos(em, buddy),
                BuddyProfiles.get(em, buddy).capacity()});
            assertThat(takenAndPlaces[0]).as("duos of buddy %d with %d places", buddy, takenAndPlaces[1])
                    .isLessThanOrEqualTo(takenAndPlaces[1]);
        }
    }

    private static List<Long> contestedBuddies(Programme programme) {
        // The volunteers after those of the running duos: free, with 1 to 3 places each.
        return programme.volunteers.subList(DUOS, DUOS + CONTESTED_BUDDIES);
    }

    private void assertEveryAcknowledgedContactIsStored(Run run, Programme programme) throws Exception {
        Map<Long, Integer> stored = new HashMap<>();
        try (Connection c = database.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, minutes from buddy_contact")) {
            while (rs.next()) {
                stored.put(rs.getLong(1), rs.getInt(2));
            }
        }
        assertThat(stored.keySet()).as("acknowledged contacts in the database")
                .containsAll(run.ackedContacts.keySet());
        assertThat(stored).as("contacts in the database, none unacknowledged").hasSameSizeAs(run.ackedContacts);
        run.ackedContacts.values().forEach(view -> assertThat(stored.get(view.id())).isEqualTo(view.minutes()));
        fixture.signInCoordinator();
        ContactService contacts = fixture.bean(ContactService.class);
        for (long duo : programme.duos) {
            LongAdder acked = run.ackedMinutesPerDuo.get(duo);
            assertThat(contacts.hours(duo).countedMinutes()).as("minutes of duo %d", duo)
                    .isEqualTo(acked == null ? 0 : acked.sum());
        }
    }

    private void assertEveryDuoShowsItsLastAcknowledgedAgreement(Run run) {
        assertThat(run.duplicateVersions.get()).as("two saves acknowledged on the same version").isZero();
        fixture.signInCoordinator();
        run.ackedAgreements.forEach((duo, saves) -> {
            long last = saves.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
            Trajectory now = fixture.bean(TrajectoryService.class).find(duo);
            assertThat(now.agreement().orElseThrow().goals()).as("agreement of duo %d", duo)
                    .isEqualTo(saves.get(last));
        });
    }

    private String report(TestDatabases.Kind kind, Duration setup, Duration elapsed, Run run) {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, """
                        coordinator load on %s: %d coordinators for %.1f s, no think time, %d pooled connections
                        programme: %d volunteers in the index, %d waiting newcomers, %d active duos (agreement edits on %d of them); set up in %.1f s
                        machine: %d cores, Java %s, heap used %d MB of max %d MB, system load average %.1f at the end
                        acknowledged: %d contacts, %d agreement edits; refused as concurrent edits: %d; other refusals (buddy full, declined before): %d; errors: %d
                        %s""", kind, COORDINATORS, elapsed.toMillis() / 1000.0, POOL, VOLUNTEERS, WAITING, DUOS,
                CONTESTED_DUOS, setup.toMillis() / 1000.0, runtime.availableProcessors(),
                System.getProperty("java.version"),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, runtime.maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                run.ackedContacts.size(), run.ackedAgreements.values().stream().mapToInt(Map::size).sum(),
                run.latencies.conflicts(), run.latencies.refusals(), run.errors.size(), run.latencies.table(elapsed))
                + run.errors.stream().limit(3).map(e -> "error: " + e).reduce("", String::concat);
    }

    private static synchronized void writeReport(String report) throws Exception {
        Files.createDirectories(REPORT.getParent());
        // One file per build: the first run of the JVM starts it, the other database kind is appended.
        Files.writeString(REPORT, report + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                reportStarted ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        reportStarted = true;
    }

    private void awaitIndexed() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (indexed.index.index().allIds().size() < VOLUNTEERS || indexed.index.pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the index did not reach " + VOLUNTEERS + " profiles");
            }
            Thread.sleep(50);
        }
    }

    /** The test database behind a pool of {@link #POOL} connections, as the host has. */
    private static TestDatabases.TestDatabase pooled(TestDatabases.TestDatabase database) {
        ConnectionPoolDataSource source = switch (database.kind()) {
            case H2 -> (JdbcDataSource) database.dataSource();
            case MARIADB -> (MariaDbDataSource) database.dataSource();
            case POSTGRESQL -> {
                PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
                pg.setURL(database.url());
                pg.setUser(database.user());
                pg.setPassword(database.password());
                yield pg;
            }
        };
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(POOL);
        return new TestDatabases.TestDatabase(database.kind(), pool, database.url(), database.user(),
                database.password(), () -> {
                    pool.dispose();
                    database.close();
                });
    }
}
