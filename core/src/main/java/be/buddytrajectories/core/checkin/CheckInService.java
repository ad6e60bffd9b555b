package be.buddytrajectories.core.checkin;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.trajectory.DuoEnded;
import be.buddytrajectories.core.trajectory.DuoStarted;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Check-ins of coordinators: planned when a duo starts, done with a short pulse, dropped when the duo ends. */
@ApplicationScoped
public class CheckInService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;

    @Inject
    public CheckInService(BuddyDatabase database, AccessGuard access, InputValidator validator) {
        this.database = database;
        this.access = access;
        this.validator = validator;
    }

    /**
     * The check-in dates of a duo starting on {@code start}: the schedule's first offsets, then one every
     * {@code repeatMonths} until the planned end.
     */
    static List<LocalDate> schedule(LocalDate start, LocalDate plannedEnd, List<Period> first, int repeatMonths) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate last = start;
        for (Period offset : first) {
            LocalDate due = start.plus(offset);
            if (due.isAfter(plannedEnd)) {
                return dates;
            }
            dates.add(due);
            last = due;
        }
        for (LocalDate due = last.plusMonths(repeatMonths); !due.isAfter(plannedEnd); due = due.plusMonths(repeatMonths)) {
            dates.add(due);
        }
        return dates;
    }

    void planWhenADuoStarts(@Observes DuoStarted event) {
        Trajectory t = event.trajectory();
        ProgrammeSettings settings = ProgrammeSettings.load(event.transaction());
        schedule(t.startedOn().orElseThrow(), t.plannedEnd().orElseThrow(), settings.firstCheckIns(),
                settings.checkInRepeatMonths())
                .forEach(due -> event.transaction().persist(new CheckIn(t.id(), due)));
    }

    void dropOpenOnesWhenADuoEnds(@Observes DuoEnded event) {
        event.transaction().createQuery("delete from CheckIn c where c.trajectoryId = :t and c.doneOn is null")
                .setParameter("t", event.trajectory().id()).executeUpdate();
    }

    /** The check-ins of one duo, by due date. Coordinators only: they hold the coordinator's notes. */
    public List<CheckIn> of(long trajectoryId) {
        access.requireAny("checkIn.of", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                        "select c from CheckIn c where c.trajectoryId = :t order by c.dueOn, c.id", CheckIn.class)
                .setParameter("t", trajectoryId).getResultList());
    }

    /** Marks a check-in done with its pulse. */
    public CheckIn markDone(long checkInId, long expectedVersion, CheckInInput pulse) {
        access.requireAny("checkIn.markDone", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(pulse);
        return database.inTransaction(em -> {
            CheckIn checkIn = em.find(CheckIn.class, checkInId);
            if (checkIn == null) {
                throw new NotFoundException("check-in", checkInId);
            }
            Versions.require(checkIn.version(), expectedVersion);
            checkIn.markDone(pulse.doneOn(), access.user().personId().orElse(null), pulse);
            em.flush();
            return checkIn;
        });
    }

    /** Plans an extra check-in, e.g. after a worrying contact. */
    public CheckIn planExtra(long trajectoryId, LocalDate dueOn) {
        access.requireAny("checkIn.planExtra", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            Trajectory t = TrajectoryAccess.load(em, trajectoryId);
            if (t.status() != TrajectoryStatus.ACTIVE && t.status() != TrajectoryStatus.PAUSED) {
                throw new RuleViolationException("buddy.checkIn.duoNotRunning");
            }
            CheckIn checkIn = new CheckIn(trajectoryId, dueOn);
            em.persist(checkIn);
            return checkIn;
        });
    }
}
