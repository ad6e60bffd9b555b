package be.buddytrajectories.host.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against GreenMail, a real mail server in the test JVM, and a scripted one for refusals and STARTTLS. */
class SmtpMailerTest {

    static final String SUBJECT = "Jullie eerste ontmoeting — één stap";
    static final String BODY = "Dag Amira,\n\nJullie spreken af op dinsdag om 14 u. Tot dan! ✓\n";
    static final byte[] ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            + "SUMMARY:Eerste ontmoeting in de bibliotheek — één uur\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, (byte) 0xE2, (byte) 0xE3, 1, 2, 3};
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);
    private static final String FROM = "buddy@programma.example";
    private static final String TO = "amira@example.org";

    private GreenMail greenMail;

    @AfterEach
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    static Mail invitation() {
        return new Mail(TO, SUBJECT, BODY, List.of(
                new Mail.Attachment("uitnodiging.ics", "text/calendar; method=REQUEST; charset=UTF-8", ICS),
                new Mail.Attachment("bewijs.pdf", "application/pdf", PDF)), "<duo-17.intro@buddy.example>");
    }

    private int startGreenMail(String protocol) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", protocol));
        greenMail.setUser(FROM, "sender", "right-password");
        greenMail.start();
        return (protocol.equals(ServerSetup.PROTOCOL_SMTPS) ? greenMail.getSmtps() : greenMail.getSmtp())
                .getServerSetup().getPort();
    }

    private static SmtpMailer mailer(String host, int port, String password, SmtpSettings.Tls tls) {
        return new SmtpMailer(new SmtpSettings(host, port, "sender", password, FROM, tls), CLOCK,
                TestCertificate.localhost().trustingFactory());
    }

    private static MailNotSent failureOf(SmtpMailer mailer) {
        return catchThrowableOfType(MailNotSent.class, () -> mailer.send(invitation()));
    }

    @Test
    void aMailWithANonAsciiSubjectAndTwoAttachmentsArrivesIntactWithItsMessageId() throws Exception {
        int port = startGreenMail(ServerSetup.PROTOCOL_SMTP);

        mailer("127.0.0.1", port, "right-password", SmtpSettings.Tls.NONE).send(invitation());

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(received.getMessageID()).isEqualTo("<duo-17.intro@buddy.example>");
        assertThat(received.getFrom()[0].toString()).isEqualTo(FROM);
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(TO);
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        // Text travels with CRLF line ends, as MIME wants.
        assertThat(parts.getBodyPart(0).getContent()).asString().isEqualToNormalizingNewlines(BODY);
        assertAttachment(parts.getBodyPart(1), "uitnodiging.ics", "text/calendar", ICS);
        assertThat(parts.getBodyPart(1).getContentType()).contains("method=REQUEST").containsIgnoringCase("charset=UTF-8");
        assertAttachment(parts.getBodyPart(2), "bewijs.pdf", "application/pdf", PDF);
    }

    static void assertAttachment(BodyPart part, String fileName, String type, byte[] content) throws Exception {
        assertThat(part.getFileName()).isEqualTo(fileName);
        assertThat(part.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
        assertThat(part.getContentType()).startsWith(type);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(content);
    }

    @Test
    void aMailWithoutMessageIdGetsAFreshOne() throws Exception {
        int port = startGreenMail(ServerSetup.PROTOCOL_SMTP);

        mailer("127.0.0.1", port, "right-password", SmtpSettings.Tls.NONE)
                .send(new Mail(TO, "Herinnering", "Tot morgen."));

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getMessageID()).matches("<.+@.+>");
        assertThat(received.getContent()).isEqualTo("Tot morgen.");
    }

    @Test
    void aWrongPasswordIsNotPermanent() {
        int port = startGreenMail(ServerSetup.PROTOCOL_SMTP);

        MailNotSent failure = failureOf(mailer("127.0.0.1", port, "wrong-password", SmtpSettings.Tls.NONE));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure).hasCauseInstanceOf(AuthenticationFailedException.class)
                .hasMessageNotContaining("wrong-password");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsDownIsNotPermanent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        MailNotSent failure = failureOf(mailer("127.0.0.1", closedPort, "right-password", SmtpSettings.Tls.STARTTLS));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure).hasMessage("the mail server could not be reached");
    }

    @Test
    void aReceiverRefusedWith550IsPermanent() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("550 5.1.1 <amira@example.org>: no such user", null)) {
            SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.port(), null, null, FROM,
                    SmtpSettings.Tls.NONE), CLOCK);

            MailNotSent failure = failureOf(mailer);

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageNotContaining(TO);
            assertThat(server.mails()).isEmpty();
        }
    }

    @Test
    void aReceiverPostponedWith451IsNotPermanent() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("451 4.7.1 greylisted, try again later", null)) {
            SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.port(), null, null, FROM,
                    SmtpSettings.Tls.NONE), CLOCK);

            assertThat(failureOf(mailer).permanent()).isFalse();
        }
    }

    @Test
    void anAddressRefusedForWantOfSignInIsNotPermanent() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("530 5.7.0 authentication required", null)) {
            SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.port(), null, null, FROM,
                    SmtpSettings.Tls.NONE), CLOCK);

            assertThat(failureOf(mailer).permanent()).isFalse();
        }
    }

    @Test
    void aReceiverThatIsNoAddressIsPermanentAndNeverReachesTheServer() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 ok", null)) {
            SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.port(), null, null, FROM,
                    SmtpSettings.Tls.NONE), CLOCK);

            MailNotSent failure = catchThrowableOfType(MailNotSent.class,
                    () -> mailer.send(new Mail("amira at example", "Dag", "Tekst")));

            assertThat(failure.permanent()).isTrue();
            assertThat(server.commands()).isEmpty();
        }
    }

    @Test
    void starttlsSendsOverTlsToAServerWithATrustedCertificateForItsName() throws IOException {
        TestCertificate certificate = TestCertificate.localhost();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 ok", certificate.serverContext())) {
            SmtpMailer mailer = new SmtpMailer(new SmtpSettings("localhost", server.port(), null, null, FROM,
                    SmtpSettings.Tls.STARTTLS), CLOCK, certificate.trustingFactory());

            mailer.send(invitation());

            assertThat(server.mails()).singleElement().asString().startsWith("tls:").contains("duo-17.intro");
        }
    }

    @Test
    void starttlsRefusesToSendToAServerThatDoesNotOfferIt() {
        int port = startGreenMail(ServerSetup.PROTOCOL_SMTP);

        MailNotSent failure = failureOf(mailer("127.0.0.1", port, "right-password", SmtpSettings.Tls.STARTTLS));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure).hasStackTraceContaining("STARTTLS is required");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsRefusesACertificateTheJdkDoesNotTrust() throws IOException {
        TestCertificate certificate = TestCertificate.localhost();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 ok", certificate.serverContext())) {
            SmtpMailer mailer = new SmtpMailer(new SmtpSettings("localhost", server.port(), null, null, FROM,
                    SmtpSettings.Tls.STARTTLS), CLOCK);

            MailNotSent failure = failureOf(mailer);

            assertThat(failure.permanent()).isFalse();
            assertThat(failure).hasStackTraceContaining("PKIX");
            assertThat(server.mails()).isEmpty();
        }
    }

    @Test
    void sslSendsOverSmtpsWithTheServersCertificateChecked() throws Exception {
        int port = startSmtpsWithTestCertificate();

        mailer("localhost", port, "right-password", SmtpSettings.Tls.SSL)
                .send(invitation());

        assertThat(greenMail.getReceivedMessages()).singleElement()
                .satisfies(received -> assertThat(received.getSubject()).isEqualTo(SUBJECT));
    }

    @Test
    void aTrustedCertificateIssuedForAnotherNameIsRefused() throws IOException {
        TestCertificate certificate = TestCertificate.localhost();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 ok", certificate.serverContext())) {
            // The certificate names localhost, not 127.0.0.1: trusted, but not this server's.
            SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.port(), null, null, FROM,
                    SmtpSettings.Tls.STARTTLS), CLOCK, certificate.trustingFactory());

            MailNotSent failure = failureOf(mailer);

            assertThat(failure.permanent()).isFalse();
            assertThat(failure).hasStackTraceContaining("No subject alternative names matching IP address 127.0.0.1");
            assertThat(server.mails()).isEmpty();
        }
    }

    @Test
    void sslRefusesACertificateTheJdkDoesNotTrust() {
        int port = startSmtpsWithTestCertificate();

        MailNotSent failure = catchThrowableOfType(MailNotSent.class, () -> new SmtpMailer(new SmtpSettings(
                "localhost", port, "sender", "right-password", FROM, SmtpSettings.Tls.SSL), CLOCK).send(invitation()));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure).hasStackTraceContaining("PKIX");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private int startSmtpsWithTestCertificate() {
        return startGreenMail(ServerSetup.PROTOCOL_SMTPS);
    }

    /** GreenMail's SMTPS reads its keystore from these whenever it makes a server socket. */
    @BeforeAll
    static void smtpsWithTheTestCertificate() {
        TestCertificate certificate = TestCertificate.localhost();
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY,
                certificate.keystore().toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, TestCertificate.PASSWORD);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, TestCertificate.PASSWORD);
    }

    @AfterAll
    static void smtpsAsBefore() {
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY);
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY);
    }
}
