package be.buddytrajectories.host.mail;

import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import be.buddytrajectories.hostapi.Mailer;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Hands each mail to the configured mail server over TLS (Jakarta Mail, Eclipse Angus): one connection per mail,
 * since a plugin sends a few at a time and a fresh connection never fails on one the server closed meanwhile.
 * The server's certificate is checked against the JDK's trusted authorities and its host name.
 */
public class SmtpMailer implements Mailer {

    static final int TIMEOUT_MILLIS = 15_000;
    private static final int AUTHENTICATION_REQUIRED = 530;

    private final SmtpSettings settings;
    private final Session session;
    private final MimeMails messages;

    public SmtpMailer(SmtpSettings settings, Clock clock) {
        this(settings, clock, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tls makes the TLS connections: the JDK's, or in tests one that also trusts a test certificate */
    SmtpMailer(SmtpSettings settings, Clock clock, SSLSocketFactory tls) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings, tls));
        this.messages = new MimeMails(session, MimeMails.address(settings.from(), "host.smtp.from"), clock);
    }

    private static Properties properties(SmtpSettings settings, SSLSocketFactory tls) {
        Properties properties = new Properties();
        String timeout = String.valueOf(TIMEOUT_MILLIS);
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.from", settings.from());
        properties.put("mail.smtp.auth", String.valueOf(settings.user() != null));
        switch (settings.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                // Without this Jakarta Mail goes on in plain text when the server offers no STARTTLS.
                properties.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> properties.put("mail.smtp.ssl.enable", "true");
            case NONE -> properties.put("mail.smtp.starttls.enable", "false");
        }
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.ssl.socketFactory", tls);
        return properties;
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message;
        try {
            message = messages.build(mail);
        } catch (MessagingException e) {
            throw new MailNotSent("the mail could not be put together", true, e);
        }
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
        } catch (AuthenticationFailedException e) {
            throw new MailNotSent("the mail server refused the host's credentials", false, e);
        } catch (MessagingException e) {
            throw new MailNotSent("the mail server could not be reached", false, e);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw receiverRefused(e)
                    ? new MailNotSent("the mail server refused the receiver's address", true, e)
                    : new MailNotSent("the mail server did not accept the mail", false, e);
        } finally {
            closeQuietly(transport);
        }
    }

    /** Only a 5xx answer to the receiver's address is final; 4xx means later, 530 the host's own sign-in. */
    static boolean receiverRefused(MessagingException failure) {
        if (!(failure instanceof SendFailedException sendFailed) || sendFailed.getInvalidAddresses() == null
                || sendFailed.getInvalidAddresses().length == 0) {
            return false;
        }
        for (Exception next = failure.getNextException(); next != null;
             next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException refused) {
                int code = refused.getReturnCode();
                return code >= 500 && code < 600 && code != AUTHENTICATION_REQUIRED;
            }
        }
        return false;
    }

    /** The server took the mail; a failure to say goodbye must not make the caller send it again. */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The mail is delivered or the failure is already reported.
        }
    }

    @Override
    public String toString() {
        return "SMTP to " + settings;
    }
}
