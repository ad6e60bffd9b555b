package be.buddytrajectories.core.mail;

import be.buddytrajectories.hostapi.Person;
import java.util.List;

/**
 * The language a receiver reads a mail in, from the languages the host knows he speaks: Dutch where he speaks it,
 * else English; a newcomer who speaks French but not Dutch reads French.
 */
final class MailLanguage {

    static final List<String> ALL = List.of("nl", "en", "fr");

    private MailLanguage() {
    }

    static String of(Person receiver, Audience audience) {
        List<String> spoken = receiver.languages();
        if (spoken.contains("nl") || spoken.isEmpty()) {
            return "nl";
        }
        if (audience == Audience.NEWCOMER && spoken.contains("fr")) {
            return "fr";
        }
        return spoken.contains("en") ? "en" : "nl";
    }

    /** The languages a mail for this audience can be written in. */
    static List<String> forAudience(Audience audience) {
        return audience == Audience.NEWCOMER ? ALL : List.of("nl", "en");
    }
}
