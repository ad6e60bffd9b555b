package be.buddytrajectories.core.person;

/**
 * Lengths of a host person's fields that the plugin fills in when it registers someone (intake form, spreadsheet
 * import). The host-api does not publish them, so these are the reference host's columns; a host that stores
 * less still gets a clear refusal from the plugin first for anything longer than these.
 */
public final class HostPersonLimits {

    public static final int NAME_LENGTH = 100;
    /** RFC 5321's longest address. */
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;
    public static final int STREET_LENGTH = 200;

    private HostPersonLimits() {
    }
}
