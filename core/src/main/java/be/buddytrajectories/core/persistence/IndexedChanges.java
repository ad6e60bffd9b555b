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
            TouchedVolunteers.current().changed(indexed.indexedVolunteers());
        }
    }

    @PostRemove
    void removed(Object entity) {
        if (entity instanceof IndexedVolunteers indexed) {
            if (indexed.removalRemovesDocuments()) {
                TouchedVolunteers.current().removed(indexed.indexedVolunteers());
            } else {
                TouchedVolunteers.current().changed(indexed.indexedVolunteers());
            }
        }
    }
}
