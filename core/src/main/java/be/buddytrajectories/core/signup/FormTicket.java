package be.buddytrajectories.core.signup;

import java.time.Instant;
import java.util.Objects;

/**
 * When the server showed a public form. It stays on the server (in the view), so a client cannot claim it waited.
 */
public final class FormTicket {

    private final Instant shownAt;

    FormTicket(Instant shownAt) {
        this.shownAt = Objects.requireNonNull(shownAt, "shownAt");
    }

    Instant shownAt() {
        return shownAt;
    }
}
