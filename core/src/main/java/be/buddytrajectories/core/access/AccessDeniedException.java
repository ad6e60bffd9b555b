package be.buddytrajectories.core.access;

/** The current user lacks the permission an operation needs. Its message is a bundle key, never personal data. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String operation) {
        super("access denied: " + operation);
    }
}
