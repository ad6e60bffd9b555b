package be.buddytrajectories.host.faults;

import static be.buddytrajectories.host.faults.HostRestarts.log;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.faults.HostRestarts.Database;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.halt.HaltPoint;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail outbox under a host that dies: the host halts right after the mail server accepted a mail and before the
 * outbox records it, then starts again on the same data. Guaranteed: every mail reaches the server, each exactly
 * once except the one the host died on, which arrives once more with the same Message-ID.
 */
class HostMailKillIT {

    private static final Duration DRAINED_WITHIN = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aHostKilledBetweenTheServersAcceptanceAndItsRecordSendsThatMailOnceMoreAndNoOtherTwice() throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Path dataDir = dir.resolve("data");
        try (Database db = Database.of(TestDatabases.Kind.POSTGRESQL, dataDir)) {
            String[] mailOptions = {"-Dtest.smtp.port=" + server.getSmtp().getServerSetup().getPort(),
                    "-Dbuddy.mail.rounds.every.seconds=5", "-Dbuddy.mail.send.every.seconds=1",
                    "-Dbuddy.mail.lease.seconds=2", "-Dbuddy.jobs.lease.seconds=5"};
            Path haltLog = log("HostMailKillIT-halt");
            try (ChildHost host = ChildHost.start("mail", dataDir, db.url(), db.user(), db.password(), 0, 0, haltLog,
                    concat(mailOptions, "-Dbuddy.halt.at=" + HaltPoint.AFTER_MAIL_ACCEPTED + ":1"))) {
                host.awaitExit(ChildHost.START_TIMEOUT);
                assertThat(host.exitValue()).as("the host halted by itself").isEqualTo(HaltPoint.HALT_STATUS);
            }
            assertThat(server.getReceivedMessages()).as("accepted before the halt").hasSize(1);
            assertThat(states(db)).containsEntry("SENDING", 1L);

            try (ChildHost host = ChildHost.start("mail", dataDir, db.url(), db.user(), db.password(), 0, 0,
                    log("HostMailKillIT-restart"), mailOptions)) {
                host.awaitReady();
                long deadline = System.nanoTime() + DRAINED_WITHIN.toNanos();
                while (!drained(states(db)) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(drained(states(db))).as("outbox drained: " + states(db)).isTrue();
            }

            Map<String, Long> copies = Arrays.stream(server.getReceivedMessages())
                    .map(HostMailKillIT::messageId).collect(Collectors.groupingBy(Function.identity(),
                            Collectors.counting()));
            Set<String> sentRows = sentMessageIds(db);
            assertThat(copies.keySet()).as("every mail the outbox holds as sent reached the server, and only those")
                    .isEqualTo(sentRows);
            assertThat(copies.values().stream().filter(n -> n == 2)).as("the mail the host died on").hasSize(1);
            assertThat(copies.values()).allMatch(n -> n <= 2);
            assertThat(sentRows.size()).as("the demo programme's mails (its check-in invitations)").isGreaterThan(1);
            System.out.printf("HostMailKillIT mails=%d copies=%d%n", sentRows.size(),
                    server.getReceivedMessages().length);
        } finally {
            server.stop();
        }
    }

    private static boolean drained(Map<String, Long> states) {
        return states.getOrDefault("PENDING", 0L) == 0 && states.getOrDefault("SENDING", 0L) == 0
                && states.getOrDefault("SENT", 0L) > 0;
    }

    private static Map<String, Long> states(Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select state, count(*) from buddy_outgoing_mail group by state")) {
            Map<String, Long> states = new java.util.TreeMap<>();
            while (rs.next()) {
                states.put(rs.getString(1), rs.getLong(2));
            }
            return states;
        }
    }

    private static Set<String> sentMessageIds(Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from buddy_outgoing_mail where state = 'SENT'")) {
            Set<String> ids = new HashSet<>();
            while (rs.next()) {
                ids.add("<buddy-mail-" + rs.getLong(1) + "@localhost>");
            }
            return ids;
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] options, String more) {
        String[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = more;
        return all;
    }
}
