package be.buddytrajectories.core.programme;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The figures a coordinator sees first: who is in the host, and what the programme aims for. */
@ApplicationScoped
public class ProgrammeOverview {

    private final AccessGuard access;
    private final PeopleDirectory people;
    private final BuddyDatabase database;

    @Inject
    public ProgrammeOverview(AccessGuard access, PeopleDirectory people, BuddyDatabase database) {
        this.access = access;
        this.people = people;
        this.database = database;
    }

    public ProgrammeSummary summary() {
        access.requireAny("programme.summary", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            ProgrammeSettings settings = em.find(ProgrammeSettings.class, ProgrammeSettings.SINGLETON_ID);
            // Duos that started and ended; a withdrawal from the waiting list or a proposal never was a duo.
            long closedDuos = em.createQuery("""
                    select count(t) from Trajectory t
                    where t.status = be.buddytrajectories.core.trajectory.TrajectoryStatus.CLOSED
                      and t.startedOn is not null""", Long.class).getSingleResult();
            return new ProgrammeSummary(people.count(PersonKind.VOLUNTEER), people.count(PersonKind.NEWCOMER),
                    closedDuos, settings.hoursTarget(), settings.plannedDurationMonths());
        });
    }
}
