package be.buddytrajectories.core.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * At most {@link #PER_MINUTE} requests a minute per client address and per token, for pages and feeds opened
 * through a personal link. A token is counted by its hash: the limiter never holds a token itself.
 */
@ApplicationScoped
public class RequestRateLimit {

    public static final int PER_MINUTE = 30;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    @Inject
    public RequestRateLimit(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts one request from {@code clientAddress} presenting {@code token}, and says whether it may be served:
     * false when either has made {@link #PER_MINUTE} requests within the last minute.
     */
    public synchronized boolean allow(String clientAddress, String token) {
        Instant now = clock.instant();
        if (recent.size() > FORGET_ABOVE) {
            forgetOlderThan(now.minus(WINDOW));
        }
        boolean addressAllowed = count("address:" + clientAddress, now);
        boolean tokenAllowed = count("token:" + SecretTokens.hash(token == null ? "" : token), now);
        return addressAllowed && tokenAllowed;
    }

    private boolean count(String key, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.pollFirst();
        }
        if (times.size() >= PER_MINUTE) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    private void forgetOlderThan(Instant since) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            if (times.isEmpty() || !times.peekLast().isAfter(since)) {
                it.remove();
            }
        }
    }
}
