package be.buddytrajectories.host.plugins;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Why the plugin manager refused an archive or an operation. Carries a message key and its arguments rather
 * than a sentence, so that the admin screen and the command line each say it in the user's language.
 */
public final class PluginRefusal extends Exception {

    /** Each reason has the message key {@code host.plugins.refused.<REASON>}. */
    public enum Reason {
        NOT_AN_ARCHIVE,
        TOO_LARGE,
        EXPANDS_TOO_MUCH,
        CORRUPT,
        UNSAFE_PATH,
        NO_DESCRIPTOR,
        BROKEN_DESCRIPTOR,
        NO_LIBRARIES,
        INCOMPATIBLE,
        DOWNGRADE,
        NOT_INSTALLED,
        UPLOADS_OFF
    }

    private final Reason reason;
    private final List<Object> arguments;

    PluginRefusal(Reason reason, Object... arguments) {
        super(reason + " " + List.of(arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "host.plugins.refused." + reason.name();
    }

    /** The sentence for the user, from a translation function such as Vaadin's {@code getTranslation}. */
    public String message(BiFunction<String, Object[], String> translation) {
        return translation.apply(messageKey(), arguments.toArray());
    }

    /** For logs: the reason and its arguments, never shown to a user as such. */
    @Override
    public String toString() {
        return "PluginRefusal[" + reason.name().toLowerCase(Locale.ROOT) + " " + arguments + "]";
    }
}
