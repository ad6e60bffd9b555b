package be.buddytrajectories.core.load;

import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A programme of the size a large region has: volunteers with buddy profiles around Gent, newcomers on the waiting
 * list and running duos, all registered through the services as a coordinator would. Seeded, so every run loads
 * the same people.
 */
final class Programme {

    static final List<String> INTERESTS = List.of("voetbal", "koken", "wandelen", "fietsen", "lezen", "muziek",
            "zwemmen", "dansen", "tuinieren", "schaken", "fotografie", "theater");
    static final List<String> NEWCOMER_INTERESTS = List.of("football", "cooking", "hiking", "cycling", "reading",
            "music", "swimming", "dancing", "gardening", "chess");
    static final List<String> PROFESSIONS = List.of("leerkracht", "verpleegkundige", "boekhouder", "ingenieur",
            "kok", "bibliothecaris", "elektricien", "student", "gepensioneerd", "maatschappelijk werker");
    private static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es", "tr", "ru", "uk", "fa", "ti",
            "ps", "de", "so");
    private static final List<HomeLocation> PLACES = List.of(
            new HomeLocation("9000", "Gent", 51.0543, 3.7174),
            new HomeLocation("9030", "Mariakerke", 51.0722, 3.6797),
            new HomeLocation("9031", "Drongen", 51.0500, 3.6536),
            new HomeLocation("9040", "Sint-Amandsberg", 51.0617, 3.7542),
            new HomeLocation("9050", "Ledeberg", 51.0383, 3.7431),
            new HomeLocation("9052", "Zwijnaarde", 51.0031, 3.7097),
            new HomeLocation("9070", "Destelbergen", 51.0567, 3.7981),
            new HomeLocation("9090", "Melle", 51.0042, 3.8011),
            new HomeLocation("9820", "Merelbeke", 50.9944, 3.7458));
    private static final String[] FIRST_NAMES = {"Lien", "Bram", "Ilse", "Toon", "Hanne", "Ward", "Saskia", "Jef",
        "An", "Pieter", "Fatma", "Koen", "Nele", "Youssef", "Els", "Mehmet", "Griet", "Karim"};
    private static final String[] LAST_NAMES = {"Peeters", "Janssens", "Maes", "Claes", "De Smet", "Willems",
        "Goossens", "Wouters", "De Vos", "Verstraete", "El Amrani", "Yilmaz"};
    private static final long SEED = 20261128L;
    private static final int SETUP_THREADS = 4;

    final List<Long> volunteers;
    final List<Long> waitingNewcomers;
    final List<Long> duos;

    private Programme(List<Long> volunteers, List<Long> waitingNewcomers, List<Long> duos) {
        this.volunteers = volunteers;
        this.waitingNewcomers = waitingNewcomers;
        this.duos = duos;
    }

    /** Registers the volunteers, then the waiting newcomers and the duos (each duo with a volunteer of its own). */
    static Programme build(CoreFixture f, int volunteerCount, int waitingCount, int duoCount) throws Exception {
        if (duoCount > volunteerCount) {
            throw new IllegalArgumentException("every duo needs a volunteer of its own");
        }
        ExecutorService setup = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            List<Long> volunteers = inParallel(setup, volunteerCount, i -> {
                f.signInCoordinator();
                Random random = new Random(SEED + i);
                long id = f.people.register(person(PersonKind.VOLUNTEER, random)).id();
                f.bean(BuddyProfileService.class).register(id, buddy(random));
                return id;
            });
            List<Long> waiting = inParallel(setup, waitingCount, i -> waiting(f, new Random(SEED * 7 + i))
                    .newcomerId());
            List<Long> duos = inParallel(setup, duoCount, i -> {
                Trajectory t = waiting(f, new Random(SEED * 13 + i));
                ProposalService match = f.bean(ProposalService.class);
                Trajectory proposed = match.propose(t.id(), t.version(),
                        List.of(new Candidate(volunteers.get(i), 10, "Spreekt Engels")));
                Trajectory accepted = match.accept(proposed.id(), proposed.version());
                return f.bean(TrajectoryService.class).start(accepted.id(), accepted.version(),
                        new StartInput(f.clock.today(), null, null, Duos.AGREEMENT)).id();
            });
            return new Programme(volunteers, waiting, duos);
        } finally {
            setup.shutdownNow();
        }
    }

    private static Trajectory waiting(CoreFixture f, Random random) {
        f.signInCoordinator();
        long id = f.people.register(person(PersonKind.NEWCOMER, random)).id();
        return f.bean(NewcomerIntakeService.class).register(id, intake(random));
    }

    private static List<Long> inParallel(ExecutorService setup, int count, IntFunction<Long> work) throws Exception {
        List<Future<Long>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(setup.submit(() -> work.apply(index)));
        }
        List<Long> ids = new ArrayList<>(count);
        for (Future<Long> future : futures) {
            ids.add(future.get());
        }
        return Collections.unmodifiableList(ids);
    }

    private static NewPerson person(PersonKind kind, Random random) {
        HomeLocation place = pick(PLACES, random);
        return new NewPerson(kind, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                LAST_NAMES[random.nextInt(LAST_NAMES.length)], null, null, 1950 + random.nextInt(55),
                Gender.values()[random.nextInt(Gender.values().length)], null, place.postcode(), place.municipality(),
                null, List.of("nl"), Set.of());
    }

    private static BuddyProfileInput buddy(Random random) {
        Set<LanguageSkill> languages = new LinkedHashSet<>();
        languages.add(new LanguageSkill("nl", LanguageLevel.NATIVE));
        for (String code : some(LANGUAGES, 1 + random.nextInt(2), random)) {
            languages.add(new LanguageSkill(code, LanguageLevel.values()[1 + random.nextInt(3)]));
        }
        return new BuddyProfileInput(languages, some(INTERESTS, 2 + random.nextInt(3), random),
                "graag " + pick(INTERESTS, random) + " in de buurt", "Ik woon al lang in " + pick(PLACES, random)
                .municipality() + " en help graag nieuwkomers op weg.", pick(PROFESSIONS, random),
                "Vrijwilliger bij de buurtwerking.", slots(1 + random.nextInt(4), random), pick(PLACES, random),
                5 + random.nextInt(21), 1 + random.nextInt(3), null, null, null, random.nextBoolean(),
                random.nextBoolean(), new Consent("2026-01", CoreFixture.START));
    }

    private static NewcomerIntakeInput intake(Random random) {
        Set<Goal> goals = some(List.of(Goal.values()), 1 + random.nextInt(3), random);
        return new NewcomerIntakeInput(some(LANGUAGES, 1 + random.nextInt(2), random),
                DutchLevel.values()[random.nextInt(DutchLevel.values().length)],
                some(NEWCOMER_INTERESTS, 1 + random.nextInt(3), random), null, goals,
                "Ik ben sinds vorig jaar in Gent.", pick(PROFESSIONS, random), slots(1 + random.nextInt(3), random),
                pick(PLACES, random), null, FamilySituation.values()[random.nextInt(FamilySituation.values().length)],
                random.nextInt(3) == 0, "Sara Janssens", "Agentschap Integratie en Inburgering",
                new Consent("2026-01", CoreFixture.START), random.nextBoolean());
    }

    private static Set<WeeklySlot> slots(int count, Random random) {
        Set<WeeklySlot> slots = new LinkedHashSet<>();
        while (slots.size() < count) {
            slots.add(WeeklySlot.of(DayOfWeek.of(1 + random.nextInt(7)),
                    DayPart.values()[random.nextInt(DayPart.values().length)]));
        }
        return slots;
    }

    private static <T> Set<T> some(List<T> values, int count, Random random) {
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pick(values, random));
        }
        return chosen;
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
