package be.buddytrajectories.core.mail;

import be.buddytrajectories.hostapi.Person;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to write: its kind, for whom, the values of its placeholders, and a key that is the same whenever the
 * same event would cause it again (so that a round run twice writes it once).
 */
record Letter(MailKind kind, Audience audience, Person receiver, String dedupeKey, Map<String, String> values,
              Attachment attachment, Long attachmentRef) {

    Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receiver, "receiver");
        if (dedupeKey.length() > OutgoingMail.Limits.DEDUPE_KEY_LENGTH) {
            throw new IllegalArgumentException("dedupe key too long: " + dedupeKey);
        }
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("firstName", receiver.firstName());
        values = Map.copyOf(all);
    }

    Letter(MailKind kind, Audience audience, Person receiver, String dedupeKey, Map<String, String> values) {
        this(kind, audience, receiver, dedupeKey, values, null, null);
    }

    Letter with(Attachment file, long reference) {
        return new Letter(kind, audience, receiver, dedupeKey, values, file, reference);
    }
}
