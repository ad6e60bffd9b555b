package be.buddytrajectories.host.mail;

import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import be.buddytrajectories.hostapi.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.UUID;

/**
 * Without a mail server the host writes each message, exactly as it would have sent it, as an {@code .eml} file
 * into the data directory's {@code mail/} folder, where an administrator or a mail program picks it up. A file
 * appears whole or not at all: it is written under a temporary name, forced to the disk and then renamed, so
 * that a host killed meanwhile leaves at most a {@code .eml.part} file, which the next start removes.
 */
public class FileMailer implements Mailer {

    static final String TEMPORARY_SUFFIX = ".eml.part";

    private final Path directory;
    private final MimeMails messages;

    /** The files have no From line: without a mail server the host has no sender address. */
    public FileMailer(Path directory, Clock clock) {
        this.directory = directory;
        this.messages = new MimeMails(MimeMails.offline(), null, clock);
        removeUnfinished(directory);
    }

    private static void removeUnfinished(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(directory, "*" + TEMPORARY_SUFFIX)) {
            for (Path file : unfinished) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the mail folder " + directory, e);
        }
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message;
        try {
            message = messages.build(mail);
        } catch (MessagingException e) {
            throw new MailNotSent("the mail could not be put together", true, e);
        }
        String name = UUID.randomUUID().toString();
        Path temporary = directory.resolve(name + TEMPORARY_SUFFIX);
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                message.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, directory.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            deleteQuietly(temporary);
            throw new MailNotSent("the mail could not be written to the mail folder", false, e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Only a .part file is left, which no reader of .eml files takes for a mail.
        }
    }

    @Override
    public String toString() {
        return ".eml files in " + directory;
    }
}
