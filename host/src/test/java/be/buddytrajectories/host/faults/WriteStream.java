package be.buddytrajectories.host.faults;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.matchproposal.Candidate;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.search.profile.BuddyStatus;
import jakarta.enterprise.inject.spi.CDI;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes through the plugin's real services, one call at a time, as a coordinator would: contacts logged, buddy
 * profiles changed, duos closed (the newcomer back on the waiting list; never the oldest active duo) and new
 * duos proposed, accepted and started, so that there is always a duo to close. Every call is announced before it
 * is made and acknowledged only after it returned, i.e. after its transaction committed; see {@link Protocol}.
 */
final class WriteStream {

    private static final int MIN_ACTIVE_DUOS = 6;
    private static final int CANDIDATES_TRIED = 10;
    private static final List<EndReason> END_REASONS = List.of(EndReason.COMPLETED, EndReason.MOVED, EndReason.TIME);
    private static final Agreement AGREEMENT = new Agreement("Nederlands oefenen", "elke week", "samen wandelen",
            "geen administratie", "de trajectbegeleider", "Ilse Verstraete");

    private final BuddyDatabase database = bean(BuddyDatabase.class);
    private final ContactService contacts = bean(ContactService.class);
    private final BuddyProfileService profiles = bean(BuddyProfileService.class);
    private final TrajectoryService trajectories = bean(TrajectoryService.class);
    private final ProposalService matches = bean(ProposalService.class);
    /**
     * Two hosts on one database (HostPairIT) each stream writes: {@code -Dfault.stream.part=i
     * -Dfault.stream.parts=n} keeps this stream to the duos, newcomers and profiles whose id is i modulo n, so that
     * each profile has one writer and "the last acknowledged marker" stays meaningful.
     */
    private static final int PART = Integer.getInteger("fault.stream.part", 0);
    private static final int PARTS = Integer.getInteger("fault.stream.parts", 1);
    private final Random random;
    private final PrintStream out;
    private volatile boolean stopped;
    private long sequence;

    /** @param firstSequence where this run's markers start, so that markers of every run differ */
    WriteStream(long seed, long firstSequence, PrintStream out) {
        this.random = new Random(seed);
        this.sequence = firstSequence;
        this.out = out;
    }

    static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    /** Writes until the JVM dies or {@link #stop()}; a refused or failed call is reported and the stream goes on. */
    void run() {
        while (!stopped) {
            try {
                DutyCoordinator.onDuty(() -> {
                    writeOne();
                    return null;
                });
            } catch (RuleViolationException refused) {
                Protocol.print(out, "refused", refused.getClass().getSimpleName());
            } catch (RuntimeException failed) {
                // The PostgreSQL test expects these while the database is down: report, pause, go on.
                Protocol.print(out, "failed", failed.getClass().getSimpleName());
                pause();
            }
        }
    }

    /** Ends the stream after the write under way. */
    void stop() {
        stopped = true;
    }

    private static boolean mine(long id) {
        return Math.floorMod(id, PARTS) == PART;
    }

    private void writeOne() {
        List<Trajectory> active = database.inTransaction(em -> em.createQuery(
                        "select t from Trajectory t where t.status = :status order by t.id", Trajectory.class)
                .setParameter("status", TrajectoryStatus.ACTIVE).getResultList())
                .stream().filter(t -> mine(t.id())).toList();
        int roll = random.nextInt(100);
        if (active.size() < MIN_ACTIVE_DUOS || roll < 15) {
            startDuo();
        } else if (roll < 30) {
            // The oldest active duo stays open: a person at the duo screen (PostgresRestartIT) works on it.
            close(active.get(1 + random.nextInt(active.size() - 1)));
        } else if (roll < 60) {
            changeProfile();
        } else {
            logContact(active.get(random.nextInt(active.size())));
        }
    }

    private void logContact(Trajectory duo) {
        String marker = marker();
        int minutes = 15 * (1 + random.nextInt(16));
        ActivityType activity = ActivityType.values()[random.nextInt(ActivityType.values().length)];
        Protocol.print(out, "begin", "contact", marker);
        ContactView logged = contacts.log(new ContactInput(duo.id(), LocalDate.now(), minutes, activity,
                random.nextBoolean(), false, null, marker));
        Protocol.print(out, "ack", "contact", marker, logged.id(), duo.id(), minutes);
    }

    private void changeProfile() {
        List<Long> ids = database.inTransaction(em -> em.createQuery(
                "select p.volunteerId from BuddyProfile p order by p.volunteerId", Long.class).getResultList())
                .stream().filter(WriteStream::mine).toList();
        long volunteer = ids.get(random.nextInt(ids.size()));
        String marker = marker();
        // Read in a transaction of its own: the profile's collections load lazily.
        ProfileEdit edit = database.inTransaction(em -> {
            BuddyProfile profile = em.find(BuddyProfile.class, volunteer);
            return new ProfileEdit(profile.version(), new BuddyProfileInput(Set.copyOf(profile.languages()),
                    Set.copyOf(profile.interests()), profile.interestsNote().orElse(null), marker,
                    profile.profession().orElse(null), profile.experience().orElse(null),
                    Set.copyOf(profile.availability()), profile.location(), profile.maxTravelKm(), profile.capacity(),
                    profile.preferredNewcomerGender().orElse(null), profile.preferredMinAge().orElse(null),
                    profile.preferredMaxAge().orElse(null), profile.childrenWelcome(), profile.hasChildren(),
                    profile.consent()));
        });
        Protocol.print(out, "begin", "profile", marker, volunteer);
        profiles.update(volunteer, edit.version(), edit.input());
        Protocol.print(out, "ack", "profile", marker, volunteer);
    }

    /** Closes the duo and puts its newcomer back on the waiting list, in one transaction. */
    private void close(Trajectory duo) {
        String marker = marker();
        Protocol.print(out, "begin", "close", marker, duo.id());
        trajectories.close(duo.id(), duo.version(), END_REASONS.get(random.nextInt(END_REASONS.size())), marker,
                true);
        Protocol.print(out, "ack", "close", marker, duo.id());
    }

    /** Proposes an available buddy to a waiting newcomer, records both said yes, and starts the duo today. */
    private void startDuo() {
        List<Trajectory> waiting = database.inTransaction(em -> em.createQuery(
                        "select t from Trajectory t where t.status = :status order by t.id", Trajectory.class)
                .setParameter("status", TrajectoryStatus.WAITING).getResultList())
                .stream().filter(t -> mine(t.id())).toList();
        List<Long> buddies = new ArrayList<>(database.inTransaction(em -> em.createQuery(
                        "select p.volunteerId from BuddyProfile p where p.status = :status order by p.volunteerId",
                        Long.class)
                .setParameter("status", BuddyStatus.AVAILABLE).getResultList()));
        if (waiting.isEmpty() || buddies.isEmpty()) {
            // Nobody to match (in this stream's part): a write of another kind, rather than asking again at once.
            changeProfile();
            return;
        }
        Trajectory newcomer = waiting.get(random.nextInt(waiting.size()));
        Collections.shuffle(buddies, random);
        Trajectory proposed = null;
        for (long buddy : buddies.subList(0, Math.min(CANDIDATES_TRIED, buddies.size()))) {
            try {
                proposed = matches.propose(newcomer.id(), newcomer.version(),
                        List.of(new Candidate(buddy, 1.0, "fault stream")));
                break;
            } catch (RuleViolationException full) {
                // Full, untrained or declined before: the next candidate may fit.
            }
        }
        if (proposed == null) {
            changeProfile();
            return;
        }
        String marker = marker();
        Protocol.print(out, "begin", "start", marker, proposed.id());
        Trajectory accepted = matches.accept(proposed.id(), proposed.version());
        trajectories.start(accepted.id(), accepted.version(), new StartInput(LocalDate.now(), null, null, AGREEMENT));
        Protocol.print(out, "ack", "start", marker, proposed.id());
    }

    /** The profile as read, with the text that marks this write in place of what the volunteer wrote about himself. */
    private record ProfileEdit(long version, BuddyProfileInput input) {
    }

    private String marker() {
        return "fault-" + sequence++;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
