package be.buddytrajectories.host.mail;

import static be.buddytrajectories.host.mail.SmtpMailerTest.ICS;
import static be.buddytrajectories.host.mail.SmtpMailerTest.PDF;
import static be.buddytrajectories.host.mail.SmtpMailerTest.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMailerTest {

    @TempDir
    Path dataDir;

    private List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void theEmlFileParsesBackIntoTheSameMessageAndNoTemporaryFileIsLeft() throws Exception {
        Path mail = dataDir.resolve("mail");

        new FileMailer(mail, SmtpMailerTest.CLOCK).send(SmtpMailerTest.invitation());

        assertThat(files(mail)).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(files(mail).get(0))) {
            parsed = new MimeMessage(MimeMails.offline(), in);
        }
        assertThat(parsed.getSubject()).isEqualTo(SUBJECT);
        assertThat(parsed.getMessageID()).isEqualTo("<duo-17.intro@buddy.example>");
        assertThat(parsed.getAllRecipients()[0].toString()).isEqualTo("amira@example.org");
        assertThat(parsed.getSentDate().toInstant()).isEqualTo(SmtpMailerTest.CLOCK.instant());
        Multipart parts = (Multipart) parsed.getContent();
        assertThat(parts.getBodyPart(0).getContent()).asString().isEqualToNormalizingNewlines(SmtpMailerTest.BODY);
        SmtpMailerTest.assertAttachment(parts.getBodyPart(1), "uitnodiging.ics", "text/calendar", ICS);
        SmtpMailerTest.assertAttachment(parts.getBodyPart(2), "bewijs.pdf", "application/pdf", PDF);
    }

    @Test
    void aMailFolderThatCannotBeWrittenIsNotPermanent() throws Exception {
        Path notADirectory = Files.writeString(dataDir.resolve("mail"), "a file where the folder should be");

        MailNotSent failure = catchThrowableOfType(MailNotSent.class,
                () -> new FileMailer(notADirectory, SmtpMailerTest.CLOCK).send(new Mail("a@example.org", "Dag", "x")));

        assertThat(failure.permanent()).isFalse();
        assertThat(files(dataDir)).containsExactly(notADirectory);
    }

    @Test
    void unfinishedFilesOfAKilledHostAreRemovedAtStart() throws Exception {
        Path mail = Files.createDirectories(dataDir.resolve("mail"));
        Path finished = Files.writeString(mail.resolve("earlier.eml"), "Subject: earlier\r\n\r\nx");
        Files.writeString(mail.resolve("half" + FileMailer.TEMPORARY_SUFFIX), "Subject: half");

        new FileMailer(mail, SmtpMailerTest.CLOCK);

        assertThat(files(mail)).containsExactly(finished);
    }

    @Test
    void aLineBreakInTheSubjectCannotStartAHeader() throws Exception {
        Path mail = dataDir.resolve("mail");

        new FileMailer(mail, SmtpMailerTest.CLOCK).send(new Mail("a@example.org", "Dag\r\nBcc: b@example.org", "x"));

        String written = Files.readString(files(mail).get(0));
        assertThat(written).doesNotContain("\nBcc:");
    }
}
