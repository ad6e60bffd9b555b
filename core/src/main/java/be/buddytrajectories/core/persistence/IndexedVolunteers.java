package be.buddytrajectories.core.persistence;

import java.util.Set;

/**
 * An entity whose changes change volunteers' index documents. Annotated with
 * {@code @EntityListeners(IndexedChanges.class)}, every insert, update and removal of it is recorded for the index
 * in the transaction that makes it, whoever writes it ({@code ArchitectureTest} checks the annotation).
 */
public interface IndexedVolunteers {

    /** The volunteers whose documents the entity's current change concerns, including any it just let go. */
    Set<Long> indexedVolunteers();

    /** Whether removing the entity removes those volunteers' documents (a buddy profile) or only changes them. */
    default boolean removalRemovesDocuments() {
        return false;
    }
}
