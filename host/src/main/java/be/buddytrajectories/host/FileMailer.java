package be.buddytrajectories.host;

import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.Mailer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The reference host has no mail server: it writes each message as an {@code .eml} file into the data
 * directory's {@code mail/} folder, where an administrator (or a mail relay) picks it up.
 */
class FileMailer implements Mailer {

    private final Path directory;

    FileMailer(Path directory) {
        this.directory = directory;
    }

    @Override
    public void send(Mail mail) {
        String message = "To: " + mail.to() + "\r\nSubject: " + mail.subject()
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + mail.body();
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(UUID.randomUUID() + ".eml"), message, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write mail to " + directory, e);
        }
    }
}
