package be.buddytrajectories.core.persistence;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** The entity listener of {@link IndexedVolunteers}: notes each change in the running transaction's record. */
public class IndexedChanges {

    @PostPersist
    @PostUpdate
    void changed(Object entity) {
        if (entity instanceof IndexedVolunteers indexed) {
            TouchedVolunteers.current().ifPresent(touched -> touched.changed(indexed.indexedVolunteers()));
        }
    }

    @PostRemove
    void removed(Object entity) {
        if (entity instanceof IndexedVolunteers indexed) {
            TouchedVolunteers.current().ifPresent(touched -> {
                if (indexed.removalRemovesDocuments()) {
                    touched.removed(indexed.indexedVolunteers());
                } else {
                    touched.changed(indexed.indexedVolunteers());
                }
            });
        }
    }
}
