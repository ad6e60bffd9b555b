package be.buddytrajectories.core.activity;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.NotFoundException;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Group activities: coordinators plan them and record attendance; every role sees the programme's list. */
@ApplicationScoped
public class GroupActivityService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final Clock clock;

    @Inject
    public GroupActivityService(BuddyDatabase database, AccessGuard access, InputValidator validator, Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public GroupActivity plan(GroupActivityInput input) {
        access.requireAny("activity.plan", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        return database.inTransaction(em -> {
            GroupActivity activity = new GroupActivity(input.title().strip(), input.heldOn(), input.minutes());
            em.persist(activity);
            return activity;
        });
    }

    /** Records who (host person ids of buddies and newcomers) attended an activity that took place. */
    public GroupActivity recordAttendance(long activityId, long expectedVersion, Set<Long> personIds) {
        access.requireAny("activity.attendance", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> {
            GroupActivity activity = em.find(GroupActivity.class, activityId);
            if (activity == null) {
                throw new NotFoundException("group activity", activityId);
            }
            Versions.require(activity.version(), expectedVersion);
            activity.recordAttendance(personIds, LocalDate.now(clock));
            em.flush();
            return activity;
        });
    }

    /** Every activity with its attendance, latest first. */
    public List<GroupActivity> activities() {
        access.requireAny("activity.list", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery(
                "select a from GroupActivity a order by a.heldOn desc, a.id desc", GroupActivity.class).getResultList());
    }

    /** Activities from today on, for everyone in the programme; without attendance, which is not theirs to see. */
    public List<ActivityAnnouncement> upcoming() {
        access.requireAny("activity.upcoming", Permission.COORDINATOR, Permission.ADMIN, Permission.BUDDY);
        return database.inTransaction(em -> em.createQuery(
                        "select a from GroupActivity a where a.heldOn >= :today order by a.heldOn, a.id", GroupActivity.class)
                .setParameter("today", LocalDate.now(clock)).getResultStream()
                .map(a -> new ActivityAnnouncement(a.id(), a.title(), a.heldOn(), a.minutes())).toList());
    }

    /** The activities one person attended: that person himself (a buddy) or a coordinator. */
    public List<GroupActivity> attendedBy(long personId) {
        access.requireSelfOr("activity.attendedBy", personId, Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(em -> em.createQuery("""
                        select a from GroupActivity a join a.attendees p where p = :person
                        order by a.heldOn desc""", GroupActivity.class)
                .setParameter("person", personId).getResultList());
    }
}
