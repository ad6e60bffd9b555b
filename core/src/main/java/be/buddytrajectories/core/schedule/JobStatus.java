package be.buddytrajectories.core.schedule;

import java.time.LocalDateTime;

/**
 * A job as an admin sees it: when it is due, whether a host runs it now, and its last run (times in UTC).
 *
 * @param lastHost    the host of the last run started, or null before the first
 * @param lastOutcome DONE or FAILED, or null while it runs or when its host died during it
 */
public record JobStatus(String name, LocalDateTime dueAt, boolean running, String lastHost,
                        LocalDateTime lastStarted, LocalDateTime lastEnded, String lastOutcome, String lastError,
                        long runs) {
}
