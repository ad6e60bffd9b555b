package be.buddytrajectories.core.mail;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of each kind of mail: the admin's own where he wrote one, else the bundle's
 * ({@code MailTemplates*.properties}, keys {@code kind.audience.subject|body}, e.g. {@code thank_you.buddy.subject}).
 * Placeholders are {@code {name}}; plain braces rather than {@code MessageFormat}, so that an admin's apostrophes
 * and braces mean what they say.
 */
final class MailTemplates {

    static final String BUNDLE = "be.buddytrajectories.core.mail.MailTemplates";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private MailTemplates() {
    }

    /** The wording in force for this kind, audience and language. */
    static Wording wording(EntityManager em, MailKind kind, Audience audience, String language) {
        return MailWording.find(em, kind, audience, language).map(MailWording::wording)
                .orElseGet(() -> standard(kind, audience, language));
    }

    /** The bundle's wording. */
    static Wording standard(MailKind kind, Audience audience, String language) {
        ResourceBundle bundle = bundle(language);
        String prefix = kind.name().toLowerCase(Locale.ROOT) + "." + audience.name().toLowerCase(Locale.ROOT) + ".";
        return new Wording(bundle.getString(prefix + "subject"), bundle.getString(prefix + "body"));
    }

    /** A line of the bundle, e.g. the footer or a digest heading. */
    static String text(String language, String key) {
        return bundle(language).getString(key);
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code text} with each known {@code {name}} replaced; unknown ones stay as they are. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholders used in {@code text} that {@code kind} does not offer. */
    static Set<String> unknownPlaceholders(MailKind kind, String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!kind.placeholders().contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        return unknown;
    }
}
