package be.buddytrajectories.core.rules;

/** Someone else changed the same record since it was read; the change was not applied and must be redone. */
public class ConcurrentEditException extends RuleViolationException {

    public ConcurrentEditException() {
        super("buddy.concurrentEdit");
    }
}
