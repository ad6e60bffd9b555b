package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds index documents from the plugin's buddy profile and the host's person: what the matcher needs and
 * nothing more (name for search, birth year and gender for preferences; no contact details).
 */
@ApplicationScoped
class BuddyDocuments {

    private static final int BATCH = BuddyProfile.FETCH_BATCH;
    /** Hibernate's query hint for entities loaded read-only (org.hibernate.jpa.HibernateHints.HINT_READ_ONLY). */
    private static final String READ_ONLY_HINT = "org.hibernate.readOnly";

    private final BuddyDatabase database;
    private final PeopleDirectory people;

    @Inject
    BuddyDocuments(BuddyDatabase database, PeopleDirectory people) {
        this.database = database;
        this.people = people;
    }

    /** The volunteer's document as the database has it now, or empty when he has no profile or was erased. */
    Optional<BuddyProfileDocument> load(long volunteerId) {
        Optional<Person> person = people.find(volunteerId);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        return database.inTransaction(em -> BuddyProfiles.find(em, volunteerId)
                .map(profile -> document(profile, person.get(), DuoFacts.of(em, List.of(volunteerId)))));
    }

    /**
     * Every volunteer's document, read in batches of profiles with one query per kind of duo fact, so that a
     * rebuild costs a few queries per batch rather than several per volunteer, and never holds all in memory.
     * A reader thread reads the next batch while the caller indexes this one (reading and indexing each keep a
     * core busy); close the stream to stop it early.
     */
    Stream<BuddyProfileDocument> all() {
        List<Long> ids = database.inTransaction(BuddyProfiles::volunteerIds);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        BatchesAhead ahead = new BatchesAhead(batches, this::documents);
        return ahead.stream();
    }

    private List<BuddyProfileDocument> documents(List<Long> batch) {
        Map<Long, Person> persons = new HashMap<>();
        people.findAll(batch).forEach(p -> persons.put(p.id(), p));
        return database.inTransaction(em -> {
            DuoFacts facts = DuoFacts.of(em, batch);
            return em.createQuery("select p from BuddyProfile p where p.volunteerId in :ids", BuddyProfile.class)
                    .setParameter("ids", batch)
                    // Read-only: no snapshots to keep and nothing to check for changes at the commit.
                    .setHint(READ_ONLY_HINT, true)
                    // A list, not a stream: the whole batch's collections are then fetched together.
                    .getResultList().stream()
                    .filter(p -> persons.containsKey(p.volunteerId()))
                    .map(p -> document(p, persons.get(p.volunteerId()), facts))
                    .toList();
        });
    }

    private static BuddyProfileDocument document(BuddyProfile profile, Person person, DuoFacts facts) {
        long id = profile.volunteerId();
        return new BuddyProfileDocument(
                Long.toString(id),
                person.displayName(),
                person.birthYear() == null ? 0 : person.birthYear(),
                person.gender(),
                profile.conversationLanguages(),
                // Sorted, so that a profile's document is the same whichever way its set of interests was loaded.
                profile.interests().stream().sorted().toList(),
                String.join("\n", profile.about().orElse(""), profile.experience().orElse("")).strip(),
                profile.profession().orElse(""),
                profile.location().postcode(),
                profile.location().municipality(),
                profile.location().latitude(),
                profile.location().longitude(),
                profile.maxTravelKm(),
                profile.availabilityCodes(),
                profile.capacity(),
                facts.activeDuos().getOrDefault(id, 0),
                profile.status(),
                profile.trained(),
                profile.screenedUntil().orElse(null),
                profile.hasChildren(),
                profile.preferences(),
                ids(facts.rejected().getOrDefault(id, Set.of())),
                ids(facts.paired().getOrDefault(id, Set.of())));
    }

    private static Set<String> ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
