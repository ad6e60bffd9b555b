package be.buddytrajectories.hostapi;

/** Sends e-mail through the host's configured channel. */
public interface Mailer {

    void send(Mail mail);
}
