package be.buddytrajectories.core.testing;

import be.buddytrajectories.hostapi.Mail;
import be.buddytrajectories.hostapi.MailNotSent;
import be.buddytrajectories.hostapi.Mailer;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the mails the plugin hands to the host, or refuses them as a mail server that is down (or refuses an
 * address) would. The real SMTP path is tested in the host with GreenMail.
 */
public final class RecordingMailer implements Mailer {

    private final List<Mail> sent = new ArrayList<>();
    private MailNotSent refusal;
    private String dieAfterAccepting;

    @Override
    public synchronized void send(Mail mail) {
        if (refusal != null) {
            throw refusal;
        }
        sent.add(mail);
        if (mail.to().equals(dieAfterAccepting)) {
            dieAfterAccepting = null;
            throw new HostDied();
        }
    }

    /** The next mail to {@code address} is accepted, then the sender ends as a killed host would, recording nothing. */
    public synchronized void dieAfterAccepting(String address) {
        dieAfterAccepting = address;
    }

    /** What a test throws where a real host would have been killed. */
    public static final class HostDied extends Error {
    }

    public synchronized List<Mail> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Mail> sentTo(String address) {
        return sent.stream().filter(m -> m.to().equals(address)).toList();
    }

    /** From now on every mail fails: as a server that is down ({@code permanent} false) or refuses the address. */
    public synchronized void refuse(String message, boolean permanent) {
        refusal = new MailNotSent(message, permanent, null);
    }

    public synchronized void accept() {
        refusal = null;
    }

    public synchronized void clear() {
        sent.clear();
    }
}
