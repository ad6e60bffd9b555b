package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.Gender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    private static final int BATCH = 500;

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
                .map(profile -> document(em, profile, person.get())));
    }

    /** Every volunteer's document, read in batches so that a large programme never sits in memory at once. */
    Stream<BuddyProfileDocument> all() {
        List<Long> ids = database.inTransaction(BuddyProfiles::volunteerIds);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return batches.stream().flatMap(batch -> {
            Map<Long, Person> persons = new HashMap<>();
            people.findAll(batch).forEach(p -> persons.put(p.id(), p));
            return database.inTransaction(em -> batch.stream()
                    .filter(persons::containsKey)
                    .map(id -> BuddyProfiles.find(em, id).map(p -> document(em, p, persons.get(id))))
                    .flatMap(Optional::stream)
                    .toList()).stream();
        });
    }

    private static BuddyProfileDocument document(EntityManager em, BuddyProfile profile, Person person) {
        long id = profile.volunteerId();
        return new BuddyProfileDocument(
                Long.toString(id),
                person.displayName(),
                person.birthYear() == null ? 0 : person.birthYear(),
                Gender.valueOf(person.gender().name()),
                profile.conversationLanguages(),
                List.copyOf(profile.interests()),
                String.join("\n", profile.about().orElse(""), profile.experience().orElse("")).strip(),
                profile.profession().orElse(""),
                profile.location().postcode(),
                profile.location().municipality(),
                profile.location().latitude(),
                profile.location().longitude(),
                profile.maxTravelKm(),
                profile.availabilityCodes(),
                profile.capacity(),
                BuddyProfiles.activeDuos(em, id),
                profile.status(),
                profile.trained(),
                profile.screened(),
                profile.hasChildren(),
                profile.preferences(),
                ids(BuddyProfiles.rejectedNewcomerIds(em, id)),
                ids(BuddyProfiles.pairedNewcomerIds(em, id)));
    }

    private static Set<String> ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
