package be.buddytrajectories.hostapi;

/**
 * Sends e-mail through the host's configured channel. {@link #send} returns once the channel accepted the
 * message (the mail server took it, or the file was written) and throws {@link MailNotSent} otherwise; it does
 * not retry, so a plugin keeps its own outbox and decides when to try again.
 */
public interface Mailer {

    void send(Mail mail);
}
