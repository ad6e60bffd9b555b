package be.buddytrajectories.hostapi;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text e-mail, with optional attachments.
 *
 * @param to          the receiver's address
 * @param subject     the subject line
 * @param body        the plain-text body
 * @param attachments files sent along, for example a calendar invitation or a PDF
 * @param messageId   a stable identity for this message ({@code <local@domain>}) or {@code null} for a fresh one;
 *                    a plugin that may send the same message twice (after a crash) passes the same id both times,
 *                    so that mail programs can recognise the copy
 */
public record Mail(String to, String subject, String body, List<Attachment> attachments, String messageId) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }

    public Mail(String to, String subject, String body) {
        this(to, subject, body, List.of(), null);
    }

    /** A file sent with a mail, e.g. {@code invitation.ics} as {@code text/calendar; method=REQUEST}. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
