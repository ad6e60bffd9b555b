package be.buddytrajectories.hostapi;

/**
 * One page of a people search.
 *
 * @param kind   only this kind, or {@code null} for all
 * @param text   words that must occur in the name, municipality or e-mail, or {@code null}
 * @param offset first row, from 0
 * @param limit  at most this many rows (1–1000)
 */
public record PersonQuery(PersonKind kind, String text, int offset, int limit) {

    public PersonQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
    }

    public static PersonQuery all(PersonKind kind, int offset, int limit) {
        return new PersonQuery(kind, null, offset, limit);
    }
}
