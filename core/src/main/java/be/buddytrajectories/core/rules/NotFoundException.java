package be.buddytrajectories.core.rules;

/** The record asked for does not exist (any more). */
public class NotFoundException extends RuleViolationException {

    public NotFoundException(String what, long id) {
        super("buddy.notFound", what, id);
    }
}
