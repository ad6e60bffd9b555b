package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.database.HostDatabases;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lock after five wrong passwords holds when they arrive at once, as a scripted attack sends them. */
class SignInLockIT {

    private static final char[] RIGHT = "the-right-password-1".toCharArray();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void twentyParallelWrongPasswordsLockTheAccountAndTheRightOneIsRefusedUntilTheLockEnds(TestDatabases.Kind kind)
            throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.create(kind)) {
            HostDatabases.migrate(db.dataSource());
            SettableClock clock = new SettableClock(Instant.parse("2026-03-02T10:00:00Z"));
            UserAccounts accounts = new UserAccounts(new TestHostDatabase(db), clock, new PasswordHasher(PasswordHasher.MIN_ITERATIONS));
            accounts.create("ilse", RIGHT, null, List.of("COORDINATOR"));

            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                char[] wrong = ("wrong-password-" + i).toCharArray();
                attempts.add(pool.submit(() -> {
                    start.await();
                    return accounts.signIn("ilse", wrong).isPresent();
                }));
            }
            start.countDown();
            for (Future<Boolean> attempt : attempts) {
                assertThat(attempt.get()).isFalse();
            }
            pool.shutdown();

            assertThat(accounts.signIn("ilse", RIGHT)).as("right password during the lock").isEmpty();
            clock.advance(UserAccounts.LOCK.minusSeconds(1));
            assertThat(accounts.signIn("ilse", RIGHT)).as("a second before the lock ends").isEmpty();
            clock.advance(Duration.ofSeconds(2));
            assertThat(accounts.signIn("ilse", RIGHT)).as("after the lock").isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void fourWrongPasswordsAndThenTheRightOneSignInAndStartTheCountAgain(TestDatabases.Kind kind) throws Exception {
        try (TestDatabases.TestDatabase db = TestDatabases.create(kind)) {
            HostDatabases.migrate(db.dataSource());
            UserAccounts accounts = new UserAccounts(new TestHostDatabase(db),
                    new SettableClock(Instant.parse("2026-03-02T10:00:00Z")),
                    new PasswordHasher(PasswordHasher.MIN_ITERATIONS));
            accounts.create("wout", RIGHT, null, List.of("COORDINATOR"));

            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < UserAccounts.MAX_FAILURES - 1; i++) {
                    assertThat(accounts.signIn("wout", "wrong".toCharArray())).isEmpty();
                }
                assertThat(accounts.signIn("wout", RIGHT)).as("round %d", round).isPresent();
            }
        }
    }

    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
