package be.buddytrajectories.core.testing;

import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** Walks newcomers and buddies through the services to the state a test needs, signed in as a coordinator. */
public final class Duos {

    public static final Agreement AGREEMENT = new Agreement("Nederlands oefenen en Gent leren kennen",
            "elke week, woensdagavond", "samen wandelen, koffie drinken, naar de bib",
            "geen administratie of vervoer", "huisvesting en werk: trajectbegeleider van het agentschap",
            "Ilse Verstraete");

    private final CoreFixture f;

    public Duos(CoreFixture f) {
        this.f = f;
    }

    public static NewcomerIntakeInput intake(boolean pntObliged) {
        return new NewcomerIntakeInput(Set.of("ar", "en"), DutchLevel.A1, Set.of("football", "cooking"), null,
                Set.of(Goal.PRACTISE_DUTCH, Goal.SOCIAL_NETWORK), "Ik ben sinds vorig jaar in Gent.", "elektricien",
                Set.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, DayPart.EVENING)), Profiles.GENT, null,
                FamilySituation.FAMILY_WITH_CHILDREN, pntObliged, "Sara Janssens", "Agentschap Integratie en Inburgering",
                new Consent("2026-01", CoreFixture.START), true);
    }

    /** A registered newcomer on the waiting list. */
    public Trajectory waiting(String name, boolean pntObliged) {
        return waiting(f.newcomer(name), pntObliged);
    }

    public Trajectory waiting(Person newcomer, boolean pntObliged) {
        f.signInCoordinator();
        return f.bean(NewcomerIntakeService.class).register(newcomer.id(), intake(pntObliged));
    }

    /** A registered buddy with this capacity. */
    public long buddy(String name, int capacity) {
        return buddy(f.volunteer(name), capacity);
    }

    public long buddy(Person volunteer, int capacity) {
        f.signInCoordinator();
        f.bean(BuddyProfileService.class).register(volunteer.id(), Profiles.buddy(capacity));
        return volunteer.id();
    }

    public Trajectory proposed(String newcomer, long buddy) {
        return proposed(f.newcomer(newcomer), buddy);
    }

    public Trajectory proposed(Person newcomer, long buddy) {
        Trajectory waiting = waiting(newcomer, false);
        return f.bean(ProposalService.class).propose(waiting.id(), waiting.version(),
                List.of(new Candidate(buddy, 12.5, "Spreekt Frans\nBeiden houden van voetbal")));
    }

    /** An active duo that started today. */
    public Trajectory active(String newcomer, long buddy) {
        return active(f.newcomer(newcomer), buddy);
    }

    public Trajectory active(Person newcomer, long buddy) {
        Trajectory proposed = proposed(newcomer, buddy);
        Trajectory accepted = f.bean(ProposalService.class).accept(proposed.id(), proposed.version());
        return f.bean(TrajectoryService.class).start(accepted.id(), accepted.version(),
                new StartInput(f.clock.today(), null, null, AGREEMENT));
    }
}
