package be.buddytrajectories.hostapi;

/**
 * One change to a person in the host, in the order the host committed it.
 *
 * @param cursor   position in the host's change feed; pass the last one seen to {@link PeopleDirectory#changesSince}
 * @param personId the person that changed
 * @param type     what happened
 */
public record PersonChange(long cursor, long personId, Type type) {

    public enum Type {
        CREATED,
        UPDATED,
        ERASED
    }
}
