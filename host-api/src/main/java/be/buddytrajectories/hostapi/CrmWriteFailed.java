package be.buddytrajectories.hostapi;

/**
 * The CRM did not store a write. The message is the CRM's own where it gave one, for the admin's queue.
 * {@link #permanent()} is {@code true} when trying the same write again cannot help (the CRM refused the data
 * itself, for example a contact that no longer exists); otherwise the CRM was unreachable, timed out, failed or
 * refused the host's credentials, and a later attempt may succeed.
 */
public class CrmWriteFailed extends RuntimeException {

    private final boolean permanent;

    public CrmWriteFailed(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
