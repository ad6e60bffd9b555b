package be.buddytrajectories.hostsql.civicrm.api;

/**
 * A CiviCRM APIv4 call that did not give a usable answer: CiviCRM refused or failed it, it timed out, the site could
 * not be reached, or the answer was not APIv4's JSON. The message names the call, the HTTP status and CiviCRM's own
 * {@code error_message}, so that an admin can act on it; it never contains the API key.
 */
public final class CiviCrmApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String call;
    private final int httpStatus;
    private final String civiMessage;
    private final boolean retryable;

    CiviCrmApiException(String call, int httpStatus, String civiMessage, boolean retryable, String problem,
                        Throwable cause) {
        super(message(call, httpStatus, civiMessage, retryable, problem), cause);
        this.call = call;
        this.httpStatus = httpStatus;
        this.civiMessage = civiMessage;
        this.retryable = retryable;
    }

    private static String message(String call, int httpStatus, String civiMessage, boolean retryable,
                                  String problem) {
        StringBuilder message = new StringBuilder("CiviCRM ").append(call).append(" failed: ").append(problem);
        if (httpStatus > 0) {
            message.append(" (HTTP ").append(httpStatus).append(')');
        }
        if (civiMessage != null) {
            message.append("; CiviCRM says: ").append(civiMessage);
        }
        return message.append(retryable ? "; a later retry may succeed" : "; retrying will not help").toString();
    }

    /** The call, as {@code Entity.action}. */
    public String call() {
        return call;
    }

    /** The HTTP status of the answer, or 0 when there was none (timeout, connection refused). */
    public int httpStatus() {
        return httpStatus;
    }

    /** CiviCRM's {@code error_message} (or the text of a non-JSON error answer), or {@code null}. */
    public String civiMessage() {
        return civiMessage;
    }

    /**
     * Whether the same call may succeed later without anyone changing anything: a server error, a timeout, an
     * unreachable site or a garbled answer. A refused key (401), a missing permission (403) or another 4xx needs an
     * admin first.
     */
    public boolean retryable() {
        return retryable;
    }
}
