package be.buddytrajectories.host.faults;

import static be.buddytrajectories.host.faults.HostRestarts.log;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.faults.HostRestarts.Database;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostsql.civicrm.api.FakeCiviCrm;
import be.buddytrajectories.search.halt.HaltPoint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write-back to CiviCRM under a host that dies, against an APIv4 server in this JVM that keeps state and fails as
 * CiviCRM can. A coordinator's writes stream through the plugin while the host writes contacts and duos back and
 * CiviCRM loses answers of writes it stored; the host is SIGKILLed at a random moment (in the long version it first
 * halts right after CiviCRM stored a write and before the outbox records it), then runs until its outbox is drained. Guaranteed: every acknowledged contact is in CiviCRM as exactly one
 * activity with its minutes, and no duo's relationship is there twice.
 */
class HostCrmKillIT {

    private static final Duration DRAINED_WITHIN = Duration.ofMinutes(3);
    private static final String KEY = "kill-test-key";
    /** More contacts than the demo has people, so that every host person id is a CiviCRM contact id too. */
    private static final int CONTACTS = 400;
    private static final long SEED = Long.getLong("host.kills.seed", System.nanoTime());
    /** SIGKILLs while writing back: one in CI, {@code -Dhost.kills=25} (bin/long-tests) for twelve. */
    private static final int KILLS = Math.max(1, Integer.getInteger("host.kills", 2) / 2);
    /**
     * First a host halted right after CiviCRM stored its third write ({@code -Dhost.crm.halt=true}, bin/long-tests):
     * CI leaves that start out, since {@code CrmWriteBackIT} takes over such a claim after its lease in-process and
     * every run here has CiviCRM store writes whose answers get lost.
     */
    private static final boolean HALT_FIRST = Boolean.getBoolean("host.crm.halt");

    @TempDir
    Path dir;

    @Test
    void aHostKilledWhileWritingBackLosesNoAcknowledgedContactAndWritesNoneTwice() throws Exception {
        System.out.println("HostCrmKillIT seed=" + SEED + " (repeat with -Dhost.kills.seed=" + SEED + ")");
        Random random = new Random(SEED);
        Path dataDir = dir.resolve("data");
        try (FakeCiviCrm civicrm = new FakeCiviCrm(KEY);
             Database db = Database.of(TestDatabases.Kind.POSTGRESQL, dataDir)) {
            for (int i = 0; i < CONTACTS; i++) {
                civicrm.add("Contact", Map.of("contact_type", "Individual", "first_name", "Contact " + i));
            }
            civicrm.addActivityType("Buddy contact");
            civicrm.addRelationshipType("Buddy of", "Buddy is", "Individual", "Individual");
            String[] options = {"-Dhost.civicrm.url=" + civicrm.siteUrl(), "-Dhost.civicrm.key=" + KEY,
                    "-Dhost.civicrm.write.contacts=true", "-Dhost.civicrm.write.relationships=true",
                    "-Dbuddy.crm.write.every.seconds=1", "-Dbuddy.crm.lease.seconds=2",
                    "-Dbuddy.retry.first.seconds=1", "-Dbuddy.jobs.lease.seconds=5"};
            AckedWrites writes = new AckedWrites();

            if (HALT_FIRST) {
                try (ChildHost host = ChildHost.start("write", dataDir, db.url(), db.user(), db.password(),
                        random.nextLong(), 0, log("HostCrmKillIT-halt"),
                        with(options, "-Dbuddy.halt.at=" + HaltPoint.AFTER_CRM_WRITE_STORED + ":3"))) {
                    host.awaitExit(ChildHost.START_TIMEOUT);
                    assertThat(host.exitValue()).as("the host halted by itself").isEqualTo(HaltPoint.HALT_STATUS);
                    writes.add(host.lines());
                }
                assertThat(states(db)).as("the write CiviCRM stored is claimed, not done").containsKey("WRITING");
            }
            for (int round = 1; round <= KILLS; round++) {
                // CiviCRM fails as it can while the host writes back: stored with the answer lost, stored with the
                // connection dropped, down.
                civicrm.failAfter(random.nextInt(10), FakeCiviCrm.Failure.ANSWER_LOST);
                civicrm.failAfter(10 + random.nextInt(10), FakeCiviCrm.Failure.CONNECTION_DROPPED);
                civicrm.failAfter(20 + random.nextInt(10), FakeCiviCrm.Failure.SERVER_ERROR);
                try (ChildHost host = ChildHost.start("write", dataDir, db.url(), db.user(), db.password(),
                        random.nextLong(), round * 1_000_000L, log("HostCrmKillIT-kill-" + round), options)) {
                    host.awaitReady();
                    host.await(w -> w.get(0).equals("ack"), ChildHost.START_TIMEOUT);
                    Thread.sleep(1000 + random.nextInt(2000));
                    host.kill();
                    writes.add(host.lines());
                }
            }

            try (ChildHost host = ChildHost.start("serve", dataDir, db.url(), db.user(), db.password(), 0, 0,
                    log("HostCrmKillIT-drain"), options)) {
                host.awaitReady();
                long deadline = System.nanoTime() + DRAINED_WITHIN.toNanos();
                while (!drained(states(db)) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(drained(states(db))).as("outbox drained: " + states(db)).isTrue();
            }

            Map<Long, List<Map<String, Object>>> activities = civicrm.records("Activity").stream()
                    .filter(a -> a.get("source_record_id") != null)
                    .collect(Collectors.groupingBy(a -> ((Number) a.get("source_record_id")).longValue()));
            List<List<String>> ackedContacts = writes.acks("contact");
            assertThat(ackedContacts).as("contacts acknowledged across the runs").isNotEmpty();
            for (List<String> ack : ackedContacts) {
                long contactId = Long.parseLong(ack.get(3));
                assertThat(activities.get(contactId)).as("activities of contact " + contactId).hasSize(1);
                assertThat(((Number) activities.get(contactId).get(0).get("duration")).intValue())
                        .isEqualTo(Integer.parseInt(ack.get(5)));
            }
            assertThat(activities.values()).as("no contact twice in CiviCRM").allMatch(a -> a.size() == 1);
            Map<List<Object>, Long> relationships = civicrm.records("Relationship").stream()
                    .collect(Collectors.groupingBy(r -> List.of(r.get("contact_id_a"), r.get("contact_id_b"),
                            String.valueOf(r.get("description"))), Collectors.counting()));
            assertThat(relationships.values()).as("no duo's relationship twice").allMatch(n -> n == 1);
            assertThat(relationships).as("the demo's and the stream's duos").isNotEmpty();
            System.out.println("HostCrmKillIT writes not done: " + notDone(db));
            System.out.printf("HostCrmKillIT contacts=%d activities=%d relationships=%d states=%s seed=%d%n",
                    ackedContacts.size(), activities.size(), relationships.size(), states(db), SEED);
        }
    }

    private static boolean drained(Map<String, Long> states) {
        return states.getOrDefault("PENDING", 0L) == 0 && states.getOrDefault("WRITING", 0L) == 0
                && states.getOrDefault("DONE", 0L) > 0;
    }

    private static Map<String, Long> states(Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select state, count(*) from buddy_crm_write group by state")) {
            Map<String, Long> states = new TreeMap<>();
            while (rs.next()) {
                states.put(rs.getString(1), rs.getLong(2));
            }
            return states;
        }
    }

    /** Each write that is not done, with its attempts and CiviCRM's last answer. */
    private static List<String> notDone(Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, kind, trajectory_id, buddy_id, state, attempts, last_error"
                     + " from buddy_crm_write where state <> 'DONE' order by id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " duo " + rs.getLong(3) + " buddy " + rs.getLong(4)
                        + " " + rs.getString(5) + " after " + rs.getInt(6) + ": " + rs.getString(7));
            }
            return rows;
        }
    }

    private static String[] with(String[] options, String more) {
        List<String> all = new ArrayList<>(List.of(options));
        all.add(more);
        return all.toArray(String[]::new);
    }
}
