package be.buddytrajectories.hostapi;

import java.util.Objects;

/** A plain-text e-mail. */
public record Mail(String to, String subject, String body) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
