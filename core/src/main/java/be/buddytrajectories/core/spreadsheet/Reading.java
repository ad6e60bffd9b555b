package be.buddytrajectories.core.spreadsheet;

import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonPage;
import be.buddytrajectories.hostapi.PersonQuery;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the checks of a file need to know, read once before its rows: host people by e-mail, who already has a
 * profile, an intake or an open duo, and what the file itself has claimed so far (an e-mail twice in one file is
 * an error too).
 */
final class Reading {

    private static final int PAGE = 1000;

    final Validator validator;
    final Locale locale;
    final LocalDate today;
    final Set<Long> buddies;
    final Set<Long> newcomersWithIntake;
    final Set<Long> newcomersInDuo;
    final Set<String> emailsInFile = new HashSet<>();
    final Set<Long> peopleInFile = new HashSet<>();
    private final PeopleDirectory people;
    private final Map<PersonKind, Map<String, Person>> byEmail = new EnumMap<>(PersonKind.class);

    Reading(EntityManager em, PeopleDirectory people, Validator validator, Locale locale, LocalDate today) {
        this.people = people;
        this.validator = validator;
        this.locale = locale;
        this.today = today;
        this.buddies = new HashSet<>(em.createQuery("select p.volunteerId from BuddyProfile p", Long.class)
                .getResultList());
        this.newcomersWithIntake = new HashSet<>(em.createQuery("select i.newcomerId from NewcomerIntake i",
                Long.class).getResultList());
        this.newcomersInDuo = new HashSet<>(em.createQuery(
                        "select t.newcomerId from Trajectory t where t.status in :open", Long.class)
                .setParameter("open", List.of(TrajectoryStatus.PROPOSED, TrajectoryStatus.ACTIVE,
                        TrajectoryStatus.PAUSED))
                .getResultList());
    }

    /** The host person of this kind with this e-mail address (ignoring case). */
    Optional<Person> byEmail(PersonKind kind, String email) {
        return Optional.ofNullable(byEmail.computeIfAbsent(kind, this::index).get(email.toLowerCase(Locale.ROOT)));
    }

    /** A host person of this kind named by e-mail or by host id. */
    Optional<Person> reference(PersonKind kind, String reference) {
        if (reference.chars().allMatch(Character::isDigit)) {
            return people.find(Long.parseLong(reference)).filter(p -> p.kind() == kind);
        }
        return byEmail(kind, reference);
    }

    private Map<String, Person> index(PersonKind kind) {
        Map<String, Person> index = new HashMap<>();
        PersonPage page;
        int offset = 0;
        do {
            page = people.search(PersonQuery.all(kind, offset, PAGE));
            page.people().stream().filter(p -> p.email() != null)
                    .forEach(p -> index.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p));
            offset += PAGE;
        } while (offset < page.total());
        return index;
    }
}
