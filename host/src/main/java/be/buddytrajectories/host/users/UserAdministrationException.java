package be.buddytrajectories.host.users;

/** An admin's change to an account that the rules refuse; the message key names the rule. */
public class UserAdministrationException extends RuntimeException {

    private final String messageKey;

    UserAdministrationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
