package be.buddytrajectories.host.mail;

import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.regex.Pattern;

/** The one MIME form of a {@link Mail}, whether it goes out over SMTP or into a file. */
final class MimeMails {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    /** @param from the sender, or {@code null} for a message without a From line (a file, when no server is set) */
    MimeMails(Session session, InternetAddress from, Clock clock) {
        this.session = session;
        this.from = from;
        this.clock = clock;
    }

    /** A session for building messages only, not for sending them. */
    static Session offline() {
        return Session.getInstance(new Properties());
    }

    static InternetAddress address(String address, String setting) {
        try {
            return new InternetAddress(address, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(setting + " is not an e-mail address", e);
        }
    }

    /**
     * The complete message, headers updated.
     *
     * @throws MailNotSent permanent when the receiver's address cannot be an address: no later attempt can help
     */
    MimeMessage build(Mail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, messageId(mail.messageId()));
        if (from != null) {
            message.setFrom(from);
        }
        message.setRecipient(Message.RecipientType.TO, receiver(mail.to()));
        // A line break in a header would start a header of the caller's choosing.
        message.setSubject(LINE_BREAKS.matcher(mail.subject()).replaceAll(" "), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        if (mail.attachments().isEmpty()) {
            message.setText(mail.body(), UTF_8);
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), UTF_8);
            parts.addBodyPart(text);
            for (Mail.Attachment attachment : mail.attachments()) {
                parts.addBodyPart(part(attachment));
            }
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress receiver(String to) {
        try {
            return new InternetAddress(to, true);
        } catch (AddressException e) {
            throw new MailNotSent("the receiver's address is not an e-mail address", true, e);
        }
    }

    private static String messageId(String id) {
        if (id == null) {
            return null;
        }
        String bracketed = id.startsWith("<") ? id : "<" + id + ">";
        if (!MESSAGE_ID.matcher(bracketed).matches()) {
            throw new IllegalArgumentException("a Message-ID has the form <local@domain>");
        }
        return bracketed;
    }

    private static MimeBodyPart part(Mail.Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.fileName());
        return part;
    }

    /** Keeps the caller's Message-ID, so that a mail sent twice after a crash is recognisable as one. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}
