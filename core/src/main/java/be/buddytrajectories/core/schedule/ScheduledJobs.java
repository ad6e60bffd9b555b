package be.buddytrajectories.core.schedule;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the plugin's background jobs once across the hosts on one database; see the package description. */
@ApplicationScoped
public class ScheduledJobs {

    /** Runs older than this are deleted when a later run of the job ends. */
    static final Duration RUNS_KEPT = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final Clock clock;
    /** This process: a host that restarts is a new holder, and its old leases expire. */
    private final String runner = UUID.randomUUID().toString();
    private final String host = ThisHost.name("(process " + ProcessHandle.current().pid() + ")");
    private final List<ScheduledExecutorService> timers = new ArrayList<>();
    /** Renews the leases of the runs under way here, so that a lease can be short and a long run keeps it. */
    private final ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "buddy-job-leases");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public ScheduledJobs(BuddyDatabase database, AccessGuard access, Clock clock) {
        this.database = database;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Ticks the job on a thread of its own until the host stops, running {@code work} whenever this host wins a due
     * run. A failed run is logged and recorded; the job is due again a period later.
     */
    public synchronized void schedule(Job job, Runnable work) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "buddy-job-" + job.name());
            thread.setDaemon(true);
            return thread;
        });
        timers.add(timer);
        timer.scheduleWithFixedDelay(() -> {
            try {
                runIfDue(job, work);
            } catch (RuntimeException e) {
                // The database may be away for a moment: the next tick tries again.
                LOG.warn("cannot run job {}: {}", job.name(), e.getMessage());
            }
        }, 0, job.tick().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the job here when it is due and this host wins its lease; true when it ran (well or not). */
    public boolean runIfDue(Job job, Runnable work) {
        Optional<Long> run = claim(job);
        if (run.isEmpty()) {
            return false;
        }
        String failure = null;
        Renewal renewal = new Renewal(job);
        try {
            work.run();
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("job {} failed", job.name(), e);
        } finally {
            renewal.stop();
        }
        end(job, run.get(), failure);
        return true;
    }

    /** Extends a run's lease every third of it while the run goes on; stopped before the run's end is recorded. */
    private final class Renewal implements Runnable {

        private final Job job;
        private final ScheduledFuture<?> schedule;
        private boolean stopped;

        Renewal(Job job) {
            this.job = job;
            long period = Math.max(1, Job.LEASE.toMillis() / 3);
            this.schedule = leases.scheduleAtFixedRate(this, period, period, TimeUnit.MILLISECONDS);
        }

        @Override
        public synchronized void run() {
            if (stopped) {
                return;
            }
            try {
                database.runInTransaction(em -> {
                    JobRow row = em.find(JobRow.class, job.name());
                    if (row.isHeldBy(runner)) {
                        row.renew(now(), Job.LEASE);
                    }
                });
            } catch (RuntimeException e) {
                // The next renewal tries again; a lease that ran out lets another host run the job.
                LOG.warn("cannot renew the lease of job {}: {}", job.name(), e.getMessage());
            }
        }

        /** No renewal runs after this returns, so none races the run's end. */
        synchronized void stop() {
            stopped = true;
            schedule.cancel(false);
        }
    }

    private Optional<Long> claim(Job job) {
        LocalDateTime now = now();
        JobRow known = database.inTransaction(em -> em.find(JobRow.class, job.name()));
        if (known == null) {
            create(job, now);
            return Optional.empty();
        }
        if (!known.isDue(now)) {
            return Optional.empty();
        }
        try {
            return database.inTransaction(em -> {
                JobRow row = em.find(JobRow.class, job.name());
                if (!row.isDue(now)) {
                    return Optional.<Long>empty();
                }
                row.claim(runner, now, Job.LEASE);
                JobRun run = new JobRun(job.name(), row.dueAt(), runner, host, now);
                em.persist(run);
                em.flush();
                return Optional.of(run.id());
            });
        } catch (RuntimeException anotherHostClaimedIt) {
            return Optional.empty();
        }
    }

    private void create(Job job, LocalDateTime now) {
        try {
            database.runInTransaction(em -> em.persist(new JobRow(job.name(), now.plus(job.firstAfter()))));
        } catch (RuntimeException anotherHostCreatedIt) {
            LOG.debug("job {} was created by another host", job.name());
        }
    }

    private void end(Job job, long runId, String failure) {
        database.runInTransaction(em -> {
            LocalDateTime now = now();
            em.find(JobRun.class, runId).ended(now, failure);
            JobRow row = em.find(JobRow.class, job.name());
            if (row.isHeldBy(runner)) {
                row.runEnded(now, job.every());
            } else {
                // The lease ran out unrenewed (the database was away) and another host took the job over: its end
                // decides the next run.
                LOG.warn("job {} lost its lease of {} during the run", job.name(), Job.LEASE);
            }
            em.createQuery("delete from JobRun r where r.job = :job and r.startedAt < :before")
                    .setParameter("job", job.name())
                    .setParameter("before", now.minus(RUNS_KEPT))
                    .executeUpdate();
        });
    }

    /** Every job with its last run, for admins and coordinators. */
    public List<JobStatus> overview() {
        access.requireAny("jobs.overview", Permission.ADMIN, Permission.COORDINATOR);
        LocalDateTime now = now();
        return database.inTransaction(em -> em.createQuery("select j from JobRow j order by j.name", JobRow.class)
                .getResultStream()
                .map(row -> em.createQuery("select r from JobRun r where r.job = :job order by r.startedAt desc, r.id desc",
                                JobRun.class)
                        .setParameter("job", row.name())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .map(last -> last.status(row, now))
                        .orElseGet(() -> new JobStatus(row.name(), row.dueAt(), false, null, null, null, null, null,
                                row.runs())))
                .toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @PreDestroy
    synchronized void stop() {
        timers.forEach(ScheduledExecutorService::shutdownNow);
        leases.shutdownNow();
    }
}
