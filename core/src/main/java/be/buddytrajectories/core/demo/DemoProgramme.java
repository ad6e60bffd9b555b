package be.buddytrajectories.core.demo;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakes;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.profile.ScreeningInput;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.DuoStarted;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the plugin's demo programme when the host runs with demo data ({@code host.demo.data} /
 * {@code HOST_DEMO_DATA}) and the plugin has no buddy profile yet. Seeding is not a user operation, so it writes
 * the entities through the plugin's database directly (their entity listeners still tell the index) instead of
 * through the services, which check the signed-in user's permissions; a started duo still fires
 * {@link DuoStarted}, so its check-ins are planned as for any other duo.
 */
@ApplicationScoped
public class DemoProgramme {

    static final String SETTING = "host.demo.data";
    private static final long SEED = 20261128L;
    private static final int PEOPLE_LIMIT = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DemoProgramme.class);

    /** Dutch interest → English and French words for it, so that the index's synonyms have work to do. */
    private static final Map<String, List<String>> INTEREST_WORDS = Map.of(
            "voetbal", List.of("football", "foot"), "koken", List.of("cooking", "cuisine"),
            "wandelen", List.of("hiking", "randonnée"), "fietsen", List.of("cycling", "vélo"),
            "lezen", List.of("reading", "lecture"), "muziek", List.of("music", "musique"),
            "zwemmen", List.of("swimming", "natation"), "dansen", List.of("dancing", "danse"));
    private static final List<String> PROFESSIONS = List.of("leerkracht", "verpleegkundige", "boekhouder",
            "ingenieur", "gepensioneerd", "student", "maatschappelijk werker", "elektricien", "kok", "nurse",
            "software developer", "bibliothecaris");
    private static final List<String> ABOUT_NL = List.of(
            "Ik woon al jaren in de buurt en ken de weg naar de bib, het OCMW en de sportclub.",
            "Ik hou van een goed gesprek bij een koffie en help graag iemand zijn weg te vinden in Gent.",
            "Na mijn pensioen heb ik tijd om iemand te leren kennen en samen Nederlands te oefenen.",
            "Ik ben student en ga graag samen naar een concert, een markt of het park.");
    private static final List<String> ABOUT_EN = List.of(
            "I moved to Gent myself years ago and know how it feels to start over.",
            "I enjoy walks along the Leie and would love to show someone around the city.",
            "I work part-time and have free evenings for coffee, cooking together or a game of chess.");

    private final BuddyDatabase database;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Event<DuoStarted> started;

    @Inject
    DemoProgramme(BuddyDatabase database, PeopleDirectory people, Clock clock,
                  Event<DuoStarted> started) {
        this.database = database;
        this.people = people;
        this.clock = clock;
        this.started = started;
    }

    public void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!demoMode()) {
            return;
        }
        List<Person> volunteers = all(PersonKind.VOLUNTEER);
        List<Person> newcomers = all(PersonKind.NEWCOMER);
        boolean seeded = database.inTransaction(em -> {
            if (em.createQuery("select count(p) from BuddyProfile p", Long.class).getSingleResult() > 0) {
                return false;
            }
            seed(em, volunteers, newcomers);
            return true;
        });
        if (seeded) {
            LOG.info("buddy demo programme seeded: {} buddy profiles, intakes and duos", volunteers.size());
        }
    }

    static boolean demoMode() {
        String value = Optional.ofNullable(System.getProperty(SETTING)).orElse(System.getenv("HOST_DEMO_DATA"));
        return Boolean.parseBoolean(value);
    }

    private List<Person> all(PersonKind kind) {
        return people.search(PersonQuery.all(kind, 0, PEOPLE_LIMIT)).people().stream()
                .sorted(Comparator.comparingLong(Person::id)).toList();
    }

    /**
     * A history of various kinds and ages: an extract (model 2 for every third buddy), mostly recent, for every
     * twelfth one close to expiring so that the dashboard shows the alert; an interview before it, and for some a
     * reference. Derived from the index rather than the random sequence, so the rest of the demo stays the same.
     */
    private static void screen(EntityManager em, BuddyProfile profile, int i, LocalDate recent, LocalDate today) {
        int validMonths = ProgrammeSettings.load(em).screeningValidMonths();
        LocalDate extract = i % 12 == 5 ? today.minusMonths(validMonths).plusDays(3 + i % 25) : recent;
        BuddyProfiles.recordScreening(em, profile, new ScreeningInput(ScreeningKind.INTERVIEW, extract.minusDays(14),
                null), null, today);
        if (i % 4 == 1) {
            BuddyProfiles.recordScreening(em, profile, new ScreeningInput(ScreeningKind.REFERENCE,
                    extract.minusDays(7), "Referentie van eerder vrijwilligerswerk"), null, today);
        }
        BuddyProfiles.recordScreening(em, profile, new ScreeningInput(i % 3 == 2
                ? ScreeningKind.CRIMINAL_RECORD_MODEL_2 : ScreeningKind.CRIMINAL_RECORD_MODEL_1, extract, null), null, today);
    }

    private void seed(EntityManager em, List<Person> volunteers, List<Person> newcomers) {
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        List<BuddyProfile> available = new ArrayList<>();
        for (int i = 0; i < volunteers.size(); i++) {
            Person volunteer = volunteers.get(i);
            Optional<HomeLocation> home = HomeLocation.of(volunteer);
            if (home.isEmpty()) {
                continue;
            }
            // The first volunteer is the demo user "buddy": always available, with room for a second duo.
            BuddyProfile profile = BuddyProfiles.register(em, volunteer.id(), buddyInput(random, volunteer, home.get(),
                    i == 0 ? 2 : 1 + random.nextInt(2), today));
            if (i == 0 || random.nextInt(10) < 8) {
                screen(em, profile, i, today.minusDays(30 + random.nextInt(300)), today);
                profile.recordBasicTraining(today.minusDays(20 + random.nextInt(300)));
            }
            if (i != 0 && random.nextInt(10) == 0) {
                profile.changeStatus(BuddyStatus.PAUSED);
            }
            if (profile.status() == BuddyStatus.AVAILABLE) {
                available.add(profile);
            }
        }
        List<Trajectory> waiting = new ArrayList<>();
        // A quarter of the demo newcomers has no intake yet, to show an intake for someone the host knows.
        for (Person newcomer : newcomers.subList(0, newcomers.size() * 3 / 4)) {
            Optional<HomeLocation> home = HomeLocation.of(newcomer);
            if (home.isEmpty()) {
                continue;
            }
            LocalDate registered = today.minusDays(random.nextInt(240));
            waiting.add(NewcomerIntakes.register(em, newcomer.id(), registered,
                    intakeInput(random, newcomer, home.get(), today), null));
        }
        duos(em, random, waiting, available, today);
        trainings(em, today);
    }

    /**
     * Duos in every state: active ones with contacts (the demo buddy's among them), one paused and one that paused
     * for a holiday and resumed, one closed early and one completed, one proposed.
     */
    private void duos(EntityManager em, Random random, List<Trajectory> waiting, List<BuddyProfile> available,
                      LocalDate today) {
        int duos = Math.min(11, Math.min(waiting.size(), available.size()));
        for (int i = 0; i < duos; i++) {
            Trajectory t = waiting.get(i);
            long buddy = available.get(i).volunteerId();
            LocalDate proposedOn = today.minusDays(20 + 12L * (duos - i));
            t.propose(List.of(buddy), proposedOn);
            if (i == duos - 1) {
                continue;
            }
            t.accept(proposedOn.plusDays(3));
            LocalDate start = proposedOn.plusDays(7);
            t.start(start, start.plusMonths(6), 40, new Agreement("Nederlands oefenen en de stad leren kennen",
                    "elke week", "samen wandelen, koffie drinken, naar de bib", "geen administratie of vervoer",
                    "wonen en werk: de trajectbegeleider", "Ilse Verstraete"));
            em.flush();
            started.fire(new DuoStarted(em, t));
            for (LocalDate met = start; !met.isAfter(today); met = met.plusDays(5 + random.nextInt(6))) {
                contact(em, t.id(), met, 45 + 15 * random.nextInt(6),
                        ActivityType.values()[random.nextInt(ActivityType.values().length)], buddy);
            }
            if (i == duos - 2) {
                t.close(EndReason.MOVED, "verhuisd naar Antwerpen", today.minusDays(2));
            } else if (i == duos - 3) {
                t.pause("examens", today.minusDays(4));
            } else if (i == duos - 4) {
                t.pause("vakantie", today.minusDays(30));
                t.resume();
            } else if (i == duos - 5) {
                t.close(EndReason.COMPLETED, "40 uur gehaald", today.minusDays(1));
            }
        }
    }

    /** Sessions ahead, as a programme plans them a few weeks in advance. */
    private static void trainings(EntityManager em, LocalDate today) {
        em.persist(new TrainingSession(TrainingKind.BASIC_TRAINING, "Basisvorming voor nieuwe buddy's",
                today.plusDays(9), 180));
        em.persist(new TrainingSession(TrainingKind.INTERVISION, "Intervisie: een duo goed afsluiten",
                today.plusDays(23), 120));
        em.persist(new TrainingSession(TrainingKind.THEME_SESSION, "Themasessie: de weg naar werk",
                today.plusDays(44), 120));
    }

    /** Contacts have no public constructor: a contact is only ever logged through the contact service. */
    private static void contact(EntityManager em, long trajectoryId, LocalDate metOn, int minutes, ActivityType type,
                                long buddy) {
        em.createNativeQuery("""
                        insert into buddy_contact (version, trajectory_id, met_on, minutes, activity_type,
                        dutch_practised, discovered_new, logged_by, logged_by_person, logged_at, verified)
                        values (0, ?, ?, ?, ?, true, false, 'BUDDY', ?, ?, true)""")
                .setParameter(1, trajectoryId).setParameter(2, metOn).setParameter(3, minutes)
                .setParameter(4, type.name()).setParameter(5, buddy)
                .setParameter(6, LocalDateTime.of(metOn, LocalTime.NOON))
                .executeUpdate();
    }

    private static BuddyProfileInput buddyInput(Random random, Person volunteer, HomeLocation home, int capacity,
                                                LocalDate today) {
        Set<LanguageSkill> languages = new LinkedHashSet<>();
        for (String code : volunteer.languages()) {
            LanguageLevel level = "nl".equals(code) ? LanguageLevel.NATIVE
                    : LanguageLevel.values()[1 + random.nextInt(LanguageLevel.values().length - 2)];
            languages.add(new LanguageSkill(code, level));
        }
        Set<String> interests = new LinkedHashSet<>();
        for (String tag : volunteer.tags()) {
            List<String> words = INTEREST_WORDS.get(tag);
            interests.add(words == null || random.nextInt(3) > 0 ? tag : words.get(random.nextInt(words.size())));
        }
        boolean english = random.nextInt(4) == 0;
        String about = english ? ABOUT_EN.get(random.nextInt(ABOUT_EN.size()))
                : ABOUT_NL.get(random.nextInt(ABOUT_NL.size()));
        return new BuddyProfileInput(languages, interests, null, about,
                PROFESSIONS.get(random.nextInt(PROFESSIONS.size())), null, slots(random, 2 + random.nextInt(3)),
                home, 5 + random.nextInt(16), capacity, null, null, null, random.nextInt(3) > 0, random.nextBoolean(),
                new Consent(Consent.CURRENT_VERSION, today.minusDays(random.nextInt(400))));
    }

    private static NewcomerIntakeInput intakeInput(Random random, Person newcomer, HomeLocation home,
                                                   LocalDate today) {
        Set<Goal> goals = new LinkedHashSet<>(List.of(Goal.PRACTISE_DUTCH));
        goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
        FamilySituation family = FamilySituation.values()[random.nextInt(FamilySituation.values().length)];
        return new NewcomerIntakeInput(Set.copyOf(newcomer.languages()),
                DutchLevel.values()[random.nextInt(DutchLevel.B2.ordinal())], Set.copyOf(newcomer.tags()), null,
                goals, null, null, slots(random, 2 + random.nextInt(4)), home, null, family,
                random.nextInt(10) < 4, null, null, new Consent(Consent.CURRENT_VERSION, today), random.nextBoolean());
    }

    private static Set<WeeklySlot> slots(Random random, int count) {
        Set<WeeklySlot> slots = new LinkedHashSet<>();
        while (slots.size() < count) {
            slots.add(WeeklySlot.of(DayOfWeek.of(1 + random.nextInt(7)),
                    DayPart.values()[random.nextInt(DayPart.values().length)]));
        }
        return slots;
    }
}
