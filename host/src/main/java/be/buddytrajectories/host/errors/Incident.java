package be.buddytrajectories.host.errors;

import java.security.SecureRandom;
import org.slf4j.Logger;

/**
 * An unexpected failure, logged under a short id that the user is shown, so that an administrator finds it when
 * the user reports it. The log gets the exception's classes and stack frames but none of their messages: a
 * message can carry what a user typed (a name, an e-mail address), and the log must hold no personal data.
 */
public final class Incident {

    private static final SecureRandom RANDOM = new SecureRandom();
    // No 0/O or 1/I: users read the id aloud or type it over.
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int FRAMES = 40;

    private Incident() {
    }

    /** Logs the failure as an error and returns the incident's id. */
    public static String error(Logger log, String what, Throwable failure) {
        String id = newId();
        log.error("incident {}: {}: {}", id, what, withoutMessages(failure));
        return id;
    }

    /** Logs the failure as a warning (expected now and then, such as the database being away) and returns its id. */
    public static String warn(Logger log, String what, Throwable failure) {
        String id = newId();
        log.warn("incident {}: {}: {}", id, what, withoutMessages(failure));
        return id;
    }

    static String newId() {
        StringBuilder id = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    /** Each exception of the cause chain by class, with its first stack frames. */
    static String withoutMessages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
            text.append(depth == 0 ? "" : System.lineSeparator() + "caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                text.append(System.lineSeparator()).append("\tat ").append(frames[i]);
            }
            if (frames.length > FRAMES) {
                text.append(System.lineSeparator()).append("\t... ").append(frames.length - FRAMES).append(" more");
            }
        }
        return text.toString();
    }
}
