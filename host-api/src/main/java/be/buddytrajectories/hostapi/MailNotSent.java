package be.buddytrajectories.hostapi;

/**
 * The host's mail channel did not accept a message. {@link #permanent()} is {@code true} when trying the same
 * message again cannot help (the server refused the receiver's address); otherwise the server was unreachable,
 * timed out, refused the host's credentials or asked to come back later, and a later attempt may succeed.
 */
public class MailNotSent extends RuntimeException {

    private final boolean permanent;

    public MailNotSent(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
