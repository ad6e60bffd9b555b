package be.buddytrajectories.host.faults;

import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.host.HostConfig;
import be.buddytrajectories.host.Main;
import be.buddytrajectories.host.RunningHost;
import be.buddytrajectories.host.mail.SmtpSettings;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.host.security.PasswordHasher;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The whole host (Jetty, Weld, Vaadin, the plugin, its index) in a JVM of its own, for the fault tests to kill.
 * Arguments: mode ({@code write}, {@code pair}, {@code mail}, {@code serve} or {@code verify}), data directory, JDBC
 * URL, user, password, seed, first marker number. {@code write} streams writes through the plugin's services until the
 * JVM dies; {@code pair} does too, and answers commands on its standard input (see {@link #answer});
 * {@code mail} only runs the host, which sends its mails to the SMTP server on this machine's port
 * {@code test.smtp.port}; {@code serve} only runs the host (its background jobs, e.g. the write-back); {@code verify}
 * waits until the indexer has applied every change, prints the index, rebuilds it from the database as an admin
 * would, prints it again with the database's profile ids, and stops the host.
 */
public final class HostProcess {

    private static final long DRAIN_MILLIS = TimeUnit.MINUTES.toMillis(3);

    private HostProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path dataDir = Path.of(args[1]);
        // A test points the child at a CiviCRM site with -Dhost.people and -Dhost.civicrm.* options.
        HostConfig options = HostConfig.fromEnvironment();
        // The lowest hash cost: on the child's first compiler (ChildHost) the default takes seconds per password.
        HostConfig config = new HostConfig(0, Path.of("."), dataDir, args[2], args[3], args.length > 4 ? args[4] : "",
                true, true, 100L << 20, false, options.people(), HostPeople.DEFAULT_DEMO_CONTACTS, null,
                args[0].equals("mail") ? new SmtpSettings("127.0.0.1", Integer.getInteger("test.smtp.port"), null,
                        null, "buddy@example.org", SmtpSettings.Tls.NONE) : null,
                PasswordHasher.MIN_ITERATIONS, options.civicrm());
        RunningHost host = Main.start(config);
        Protocol.print(out, "ready", host.port());
        if (args[0].equals("write")) {
            new WriteStream(Long.parseLong(args[5]), Long.parseLong(args[6]), out).run();
        } else if (args[0].equals("pair")) {
            WriteStream stream = new WriteStream(Long.parseLong(args[5]), Long.parseLong(args[6]), out);
            Thread writer = new Thread(stream::run, "fault-write-stream");
            writer.start();
            answer(out, stream, writer);
        } else if (args[0].equals("mail") || args[0].equals("serve")) {
            Thread.sleep(Long.MAX_VALUE);
        } else {
            verify(out);
            host.stop();
            Protocol.print(out, "stopped");
            System.exit(0);
        }
    }

    /**
     * The commands of a host that shares its database with another (HostPairIT), one per line: {@code find VOLUNTEER
     * MARKER} prints {@code found MARKER} once this host's index holds that profile change (or a later one of the same
     * stream), {@code stop} ends the write stream and prints {@code stopped-writing}, {@code verify} prints what
     * {@link #verify} prints.
     */
    private static void answer(PrintStream out, WriteStream stream, Thread writer) throws Exception {
        ProfileIndexer index = WriteStream.bean(ProfileIndexer.class);
        ExecutorService finders = Executors.newCachedThreadPool();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().split(" ");
            switch (words[0]) {
                case "find" -> finders.execute(() -> find(out, index, Long.parseLong(words[1]), words[2]));
                case "stop" -> {
                    stream.stop();
                    writer.join();
                    Protocol.print(out, "stopped-writing");
                }
                case "verify" -> verify(out);
                default -> Protocol.print(out, "unknown-command", words[0]);
            }
        }
    }

    private static void find(PrintStream out, ProfileIndexer index, long volunteer, String marker) {
        long wanted = markerNumber(marker);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (System.nanoTime() < deadline) {
                String about = index.index().storedProfile(Long.toString(volunteer))
                        .map(BuddyProfileDocument::about).orElse("");
                if (about.startsWith("fault-") && markerNumber(about) >= wanted) {
                    Protocol.print(out, "found", marker);
                    return;
                }
                Thread.sleep(10);
            }
        } catch (Exception e) {
            Protocol.print(out, "find-failed", marker, e.getClass().getSimpleName());
            return;
        }
        Protocol.print(out, "not-found", marker);
    }

    private static long markerNumber(String marker) {
        return Long.parseLong(marker.substring("fault-".length()));
    }

    private static void verify(PrintStream out) throws Exception {
        ProfileIndexer index = WriteStream.bean(ProfileIndexer.class);
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        while ((index.pending() > 0 || index.isRebuilding()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Protocol.print(out, "pending", index.pending());
        if (index.pending() > 0) {
            // Why the drain did not end: where the indexer is, in the log.
            System.err.println("changes still pending after the drain; last applied " + index.lastApplied());
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.err.println("thread " + thread.getName() + " " + thread.getState());
                for (StackTraceElement frame : stack) {
                    System.err.println("    at " + frame);
                }
            });
        }
        Map<String, BuddyProfileDocument> indexed = documents(index);
        DutyCoordinator.onDuty(index::rebuild).get(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        Map<String, BuddyProfileDocument> rebuilt = documents(index);
        print(out, "indexed", indexed);
        print(out, "rebuilt", rebuilt);
        // The test sees hashes only: the log tells which fields differ.
        indexed.forEach((id, document) -> {
            if (!document.equals(rebuilt.get(id))) {
                System.err.println("index differs from a rebuild for " + id + ":\n  indexed " + document
                        + "\n  rebuilt " + rebuilt.get(id));
            }
        });
        List<Long> profiles = WriteStream.bean(BuddyDatabase.class).inTransaction(em -> em.createQuery(
                "select p.volunteerId from BuddyProfile p", Long.class).getResultList());
        profiles.forEach(id -> Protocol.print(out, "profile", id));
        Protocol.print(out, "verified");
    }

    /** Every document in the index, as stored, with its interests in order (see {@link #sortedInterests}). */
    private static Map<String, BuddyProfileDocument> documents(ProfileIndexer index) throws Exception {
        index.index().refresh();
        Map<String, BuddyProfileDocument> documents = new TreeMap<>();
        for (String id : index.index().allIds()) {
            documents.put(id, sortedInterests(index.index().storedProfile(id).orElseThrow()));
        }
        return documents;
    }

    /**
     * The document with its interests sorted. The database keeps them as a set, so the order a document lists
     * them in is whatever order Hibernate's set gave when it was built: not a difference between two builds.
     */
    static BuddyProfileDocument sortedInterests(BuddyProfileDocument document) throws ReflectiveOperationException {
        RecordComponent[] components = BuddyProfileDocument.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getAccessor().invoke(document);
            if (components[i].getName().equals("interests")) {
                values[i] = document.interests().stream().sorted().toList();
            }
        }
        return BuddyProfileDocument.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static void print(PrintStream out, String kind, Map<String, BuddyProfileDocument> documents) {
        documents.forEach((id, document) -> Protocol.print(out, kind, id, ProfileIndex.contentHash(document)));
    }
}
