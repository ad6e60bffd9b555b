package be.buddytrajectories.core.mail;

/** Who a mail is written for: the wording differs, and so do the languages it can be read in. */
public enum Audience {
    BUDDY, NEWCOMER, COORDINATOR;

    /** The languages a mail for this reader can be written in. */
    public java.util.List<String> languages() {
        return MailLanguage.forAudience(this);
    }
}
