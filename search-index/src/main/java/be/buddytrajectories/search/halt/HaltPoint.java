package be.buddytrajectories.search.halt;

import java.util.Locale;

/**
 * Named moments at which crash tests halt the JVM, as a power cut would, to prove that recovery copes with a stop
 * exactly there. A test starts the host with {@code -Dbuddy.halt.at=<MOMENT>:<n>}: the JVM halts the n-th time that
 * moment is reached. Without the property (always, outside crash tests) a moment costs one field comparison.
 */
public enum HaltPoint {
    /** A database transaction committed, and its caller has not yet been answered. */
    AFTER_COMMIT,
    /** The index committed a batch of outbox changes, and the database does not yet record how far it is. */
    BETWEEN_INDEX_COMMIT_AND_POSITION_RECORDED,
    /** A rebuilt index generation is the current one, and the old generation is not yet deleted. */
    DURING_GENERATION_SWAP,
    /** The mail server accepted a mail, and the outbox does not yet record it as sent. */
    AFTER_MAIL_ACCEPTED,
    /** The CRM stored a write-back, and the outbox does not yet record it as done. */
    AFTER_CRM_WRITE_STORED;

    /** The exit status of a halted JVM, as for a SIGKILL. */
    public static final int HALT_STATUS = 137;
    private static final String SETTING = "buddy.halt.at";
    private static final HaltPoint ARMED;
    private static final long AT_COUNT;
    private static long reached;

    static {
        String setting = System.getProperty(SETTING);
        if (setting == null || setting.isBlank()) {
            ARMED = null;
            AT_COUNT = 0;
        } else {
            String[] parts = setting.split(":");
            ARMED = valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
            AT_COUNT = parts.length > 1 ? Long.parseLong(parts[1].strip()) : 1;
        }
    }

    /** Halts the JVM when this is the armed moment and it is reached for the configured time. */
    public void reached() {
        if (this != ARMED) {
            return;
        }
        synchronized (HaltPoint.class) {
            if (++reached == AT_COUNT) {
                System.err.println("halting at " + name() + " (time " + reached + ")");
                System.err.flush();
                Runtime.getRuntime().halt(HALT_STATUS);
            }
        }
    }
}
