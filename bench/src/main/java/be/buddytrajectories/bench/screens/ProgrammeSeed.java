package be.buddytrajectories.bench.screens;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
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
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.ui.testing.ViewFixture;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A buddy programme on the site, written as coordinators write it: through the plugin's services, signed in as a
 * coordinator, each call its own transaction. A fifth of the volunteers get a buddy profile (one in twenty of them
 * paused), a fifth of the newcomers an intake; one active duo per 500 contacts (100 at 50,000) and a fifth as many
 * proposals waiting for an answer; then {@value #WEEKS} weeks pass on the fixture's clock, in which each duo logs a
 * contact most weeks, so that check-ins fall due and some duos go quiet (the dashboard's alerts).
 */
final class ProgrammeSeed {

    static final int WEEKS = 6;
    private static final int CONTACTS_PER_DUO = 500;
    private static final List<String> NEWCOMER_LANGUAGES = List.of("ar", "uk", "ti", "fa", "ps", "ru", "tr", "so");
    private static final List<String> MORE_INTERESTS = List.of("dansen", "tuinieren", "fotografie", "film",
            "koffie drinken", "bordspellen");
    private static final List<String> PROFESSIONS = List.of("leerkracht", "verpleegkundige", "boekhouder",
            "ingenieur", "gepensioneerd", "student", "maatschappelijk werker", "elektricien", "kok",
            "bibliothecaris");
    private static final List<String> ABOUT_BUDDY = List.of(
            "Ik woon al jaren in de buurt en ken de weg naar de bib, het OCMW en de sportclub.",
            "Ik hou van een goed gesprek bij een koffie en help graag iemand zijn weg te vinden in Gent.",
            "Na mijn pensioen heb ik tijd om iemand te leren kennen en samen Nederlands te oefenen.",
            "Ik ben student en ga graag samen naar een concert, een markt of het park.");
    private static final List<String> ABOUT_NEWCOMER = List.of(
            "Ik ben sinds vorig jaar in Gent en wil mijn Nederlands oefenen.",
            "Ik zoek werk in de zorg en wil mensen leren kennen.",
            "Ik woon hier met mijn gezin en wil de stad beter leren kennen.");

    private final ViewFixture fixture;
    private final Site site;
    private final Random random;

    ProgrammeSeed(ViewFixture fixture, Site site, long seed) {
        this.fixture = fixture;
        this.site = site;
        this.random = new Random(seed);
    }

    Programme seed() {
        long t0 = System.nanoTime();
        fixture.signInCoordinator();
        BuddyProfileService profiles = fixture.bean(BuddyProfileService.class);
        List<Long> available = new ArrayList<>();
        int paused = 0;
        for (int i = 0; i < site.volunteers(); i += 5) {
            long id = site.volunteerId(i);
            BuddyProfile profile = profiles.register(id, profile(site.volunteer(i)));
            if (random.nextInt(20) == 0) {
                profiles.changeStatus(id, profile.version(), BuddyStatus.PAUSED);
                paused++;
            } else {
                available.add(id);
            }
        }
        NewcomerIntakeService intakes = fixture.bean(NewcomerIntakeService.class);
        List<Trajectory> waiting = new ArrayList<>();
        int pnt = 0;
        for (int i = 0; i < site.newcomers(); i += 5) {
            boolean pntObliged = random.nextInt(3) == 0;
            pnt += pntObliged ? 1 : 0;
            waiting.add(intakes.register(site.newcomerId(i), intake(site.newcomer(i), pntObliged)));
        }
        int duos = Math.min(site.contacts() / CONTACTS_PER_DUO, waiting.size() / 2);
        int proposals = duos / 5;
        ProposalService matches = fixture.bean(ProposalService.class);
        TrajectoryService trajectories = fixture.bean(TrajectoryService.class);
        List<Long> active = new ArrayList<>();
        // Buddies spread over the profiles, so that duos are not all in one corner of the index.
        int step = Math.max(1, available.size() / (duos + proposals));
        for (int i = 0; i < duos + proposals; i++) {
            Trajectory t = waiting.get(i);
            Trajectory proposed = matches.propose(t.id(), t.version(), List.of(new Candidate(
                    available.get(i * step), 60 + random.nextInt(35), "Spreekt Frans\nBeiden houden van wandelen")));
            if (i < duos) {
                Trajectory accepted = matches.accept(proposed.id(), proposed.version());
                active.add(trajectories.start(accepted.id(), accepted.version(),
                        new StartInput(ViewFixture.TODAY, null, null, ViewFixture.AGREEMENT)).id());
            }
        }
        ContactService contacts = fixture.bean(ContactService.class);
        int logged = 0;
        for (int week = 0; week < WEEKS; week++) {
            fixture.clock.advanceDays(7);
            LocalDate today = LocalDate.now(fixture.clock);
            for (long duo : active) {
                // One duo in six skips a week: after a few weeks some have had no contact for 14 days or more.
                if (random.nextInt(6) != 0) {
                    contacts.log(new ContactInput(duo, today.minusDays(random.nextInt(5)), 45 + 15 * random.nextInt(6),
                            ActivityType.values()[random.nextInt(ActivityType.values().length)], random.nextBoolean(),
                            random.nextInt(3) == 0, null, null));
                    logged++;
                }
            }
        }
        List<Long> stillWaiting = waiting.subList(duos + proposals, waiting.size()).stream()
                .map(Trajectory::newcomerId).toList();
        return new Programme(available.size() + paused, paused, waiting.size(), pnt, stillWaiting, active, proposals,
                logged, (System.nanoTime() - t0) / 1e9);
    }

    private BuddyProfileInput profile(NewPerson volunteer) {
        Set<LanguageSkill> languages = new LinkedHashSet<>();
        languages.add(new LanguageSkill(volunteer.languages().get(0), LanguageLevel.NATIVE));
        languages.add(new LanguageSkill(volunteer.languages().get(1),
                random.nextBoolean() ? LanguageLevel.FLUENT : LanguageLevel.CONVERSATIONAL));
        if (random.nextInt(4) == 0) {
            languages.add(new LanguageSkill(pick(NEWCOMER_LANGUAGES),
                    random.nextBoolean() ? LanguageLevel.CONVERSATIONAL : LanguageLevel.BASIC));
        }
        Set<String> interests = new LinkedHashSet<>(volunteer.tags());
        if (random.nextInt(3) == 0) {
            interests.add(pick(MORE_INTERESTS));
        }
        return new BuddyProfileInput(languages, interests, null, pick(ABOUT_BUDDY), pick(PROFESSIONS), null,
                slots(), home(volunteer), 5 + 5 * random.nextInt(4), random.nextInt(4) == 0 ? 2 : 1, null, null, null,
                random.nextBoolean(), random.nextInt(3) == 0, consent());
    }

    private NewcomerIntakeInput intake(NewPerson newcomer, boolean pntObliged) {
        Set<Goal> goals = new LinkedHashSet<>(List.of(Goal.PRACTISE_DUTCH));
        goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
        return new NewcomerIntakeInput(new LinkedHashSet<>(newcomer.languages()),
                DutchLevel.values()[random.nextInt(4)], new LinkedHashSet<>(newcomer.tags()), null, goals,
                pick(ABOUT_NEWCOMER), random.nextBoolean() ? pick(PROFESSIONS) : null, slots(), home(newcomer), null,
                FamilySituation.values()[random.nextInt(FamilySituation.values().length)], pntObliged,
                random.nextBoolean() ? "Ilse Verstraete" : null, null, consent(), random.nextBoolean());
    }

    private Set<WeeklySlot> slots() {
        Set<WeeklySlot> slots = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            slots.add(WeeklySlot.of(DayOfWeek.of(1 + random.nextInt(7)), DayPart.values()[random.nextInt(3)]));
        }
        return slots;
    }

    private static HomeLocation home(NewPerson person) {
        return new HomeLocation(person.postalCode(), person.municipality(), person.location().latitude(),
                person.location().longitude());
    }

    private Consent consent() {
        return new Consent(Consent.CURRENT_VERSION, ViewFixture.TODAY.minusDays(random.nextInt(300)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * What was seeded.
     *
     * @param waitingNewcomers newcomers still on the waiting list, for the suggestions screen
     * @param activeDuos       trajectory ids of the running duos, for the duo screen
     */
    record Programme(int profiles, int paused, int intakes, int pntObliged, List<Long> waitingNewcomers,
                     List<Long> activeDuos, int proposals, int contacts, double seconds) {
    }
}
