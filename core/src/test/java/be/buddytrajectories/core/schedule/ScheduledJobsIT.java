package be.buddytrajectories.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two hosts (two {@link ScheduledJobs} on one database) and a job that must run once per due time. */
class ScheduledJobsIT {

    private static final Job JOB = new Job("test-job", Duration.ofMinutes(10), Duration.ofMinutes(1));

    private CoreFixture f;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        f.close();
    }

    private ScheduledJobs host() {
        return new ScheduledJobs(f.db(), f.bean(AccessGuard.class), f.clock);
    }

    private List<Object[]> runs() {
        return f.db().inTransaction(em -> em.createQuery(
                "select r.dueAt, r.runner, r.endedAt, r.outcome from JobRun r order by r.id", Object[].class)
                .getResultList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDueJobAskedByTwoHostsAtOnceRunsOnceAndIsNotDueAgainForAPeriod(TestDatabases.Kind kind) throws Exception {
        f = new CoreFixture(kind);
        ScheduledJobs a = host();
        ScheduledJobs b = host();
        AtomicInteger ran = new AtomicInteger();
        assertThat(a.runIfDue(JOB, ran::incrementAndGet)).as("the first ask creates the job, due in a minute").isFalse();
        f.clock.advance(Duration.ofMinutes(1));

        for (int round = 0; round < 5; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<Boolean> askA = () -> {
                together.await();
                return a.runIfDue(JOB, ran::incrementAndGet);
            };
            Callable<Boolean> askB = () -> {
                together.await();
                return b.runIfDue(JOB, ran::incrementAndGet);
            };
            Future<Boolean> first = threads.submit(askA);
            Future<Boolean> second = threads.submit(askB);
            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(a.runIfDue(JOB, ran::incrementAndGet) || b.runIfDue(JOB, ran::incrementAndGet))
                    .as("not due again before a period passed").isFalse();
            f.clock.advance(JOB.every());
        }

        assertThat(ran).hasValue(5);
        assertThat(runs()).hasSize(5).allSatisfy(run -> assertThat(run[3]).hasToString("DONE"))
                .extracting(run -> run[0]).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aJobWhoseHostDiedDuringTheRunIsRunByAnotherHostOnceTheLeaseEnded(TestDatabases.Kind kind) throws Exception {
        f = new CoreFixture(kind);
        ScheduledJobs a = host();
        ScheduledJobs b = host();
        a.runIfDue(JOB, () -> { });
        f.clock.advance(Duration.ofMinutes(1));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        // Host A's run never ends: its host died.
        threads.submit(() -> a.runIfDue(JOB, () -> {
            running.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        a.stop();

        assertThat(b.runIfDue(JOB, () -> { })).as("held while the lease runs").isFalse();
        f.clock.advance(Job.LEASE.plusSeconds(1));
        assertThat(b.runIfDue(JOB, () -> { })).as("taken over after the lease").isTrue();

        List<Object[]> runs = runs();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)[0]).as("both runs were for the same due time").isEqualTo(runs.get(1)[0]);
        assertThat(runs.get(0)[2]).as("the dead host's run has no end").isNull();
        assertThat(runs.get(1)[3]).hasToString("DONE");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aFailedRunIsRecordedWithItsErrorAndTheJobIsDueAgainAPeriodLater(TestDatabases.Kind kind) {
        f = new CoreFixture(kind);
        ScheduledJobs a = host();
        a.runIfDue(JOB, () -> { });
        f.clock.advance(Duration.ofMinutes(1));

        assertThat(a.runIfDue(JOB, () -> {
            throw new IllegalStateException("the mail server is away");
        })).isTrue();
        f.clock.advance(JOB.every().minusSeconds(1));
        assertThat(a.runIfDue(JOB, () -> { })).isFalse();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(a.runIfDue(JOB, () -> { })).isTrue();

        f.signInAdmin();
        assertThat(a.overview()).singleElement().satisfies(job -> {
            assertThat(job.name()).isEqualTo("test-job");
            assertThat(job.runs()).isEqualTo(2);
            assertThat(job.lastOutcome()).isEqualTo("DONE");
            assertThat(job.running()).isFalse();
        });
        assertThat(runs()).extracting(run -> String.valueOf(run[3])).containsExactly("FAILED", "DONE");
        List<String> errors = f.db().inTransaction(em -> em.createQuery(
                "select r.error from JobRun r order by r.id", String.class).getResultList());
        assertThat(errors.get(0)).isEqualTo("IllegalStateException: the mail server is away");
        f.signInBuddy(7L);
        assertThatThrownBy(a::overview).isInstanceOf(AccessDeniedException.class);
    }
}
