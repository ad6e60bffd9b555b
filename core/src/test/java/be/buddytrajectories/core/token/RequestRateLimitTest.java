package be.buddytrajectories.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestRateLimitTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
    private final RequestRateLimit limit = new RequestRateLimit(clock);

    @Test
    void thirtyRequestsAMinuteFromOneAddressPassAndTheThirtyFirstWaitsAMinute() {
        for (int i = 0; i < RequestRateLimit.PER_MINUTE; i++) {
            assertThat(limit.allow("10.0.0.1", SecretTokens.newToken())).as("request %d", i + 1).isTrue();
        }
        assertThat(limit.allow("10.0.0.1", SecretTokens.newToken())).isFalse();
        assertThat(limit.allow("10.0.0.2", SecretTokens.newToken())).as("another address").isTrue();

        clock.advance(Duration.ofSeconds(61));

        assertThat(limit.allow("10.0.0.1", SecretTokens.newToken())).isTrue();
    }

    @Test
    void oneTokenTriedFromManyAddressesIsLimitedToo() {
        String token = SecretTokens.newToken();
        for (int i = 0; i < RequestRateLimit.PER_MINUTE; i++) {
            assertThat(limit.allow("10.0.1." + i, token)).isTrue();
        }
        assertThat(limit.allow("10.0.2.1", token)).isFalse();
        assertThat(limit.allow("10.0.2.1", SecretTokens.newToken())).isTrue();
    }
}
