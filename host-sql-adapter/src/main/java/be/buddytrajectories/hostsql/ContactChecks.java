package be.buddytrajectories.hostsql;

import be.buddytrajectories.hostapi.GeoPoint;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How a CRM's contact fields are read leniently, whether from its tables or its API: a value that cannot be right
 * (an e-mail without @, an unknown language code, a place off the earth) is left out with one warning per contact,
 * field and value, instead of failing the whole read.
 */
public final class ContactChecks {

    /** CiviCRM's separator of the values of a multi-value field, also at both ends. */
    static final char CRM_SEPARATOR = '\u0001';
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_REMEMBERED_WARNINGS = 10_000;

    private final System.Logger log;
    private final String contactWord;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** @param contactWord how the warnings name a contact, e.g. {@code CiviCRM contact} */
    public ContactChecks(System.Logger log, String contactWord) {
        this.log = log;
        this.contactWord = contactWord;
    }

    public String email(long id, String value) {
        String email = trimmed(value);
        if (email != null && !EMAIL.matcher(email).matches()) {
            warn(id, "email", email, "is not an e-mail address; it is left out");
            return null;
        }
        return email;
    }

    /** ISO 639-1 codes, also from locale names such as CiviCRM's {@code nl_NL}, in order and each once. */
    public List<String> languages(long id, List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            String code = value.split("[_-]", 2)[0].toLowerCase(Locale.ROOT);
            if (code.length() == 2 && ISO_LANGUAGES.contains(code)) {
                codes.add(code);
            } else {
                warn(id, "language", value, "is not an ISO 639-1 language code; it is left out");
            }
        }
        return new ArrayList<>(codes);
    }

    public GeoPoint location(long id, double latitude, double longitude) {
        if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
            warn(id, "location", latitude + "," + longitude, "is not a place on earth; it is left out");
            return null;
        }
        return new GeoPoint(latitude, longitude);
    }

    /** Values joined by CiviCRM's separator (then only by it) or else by commas. */
    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        String separator = joined.indexOf(CRM_SEPARATOR) >= 0 ? String.valueOf(CRM_SEPARATOR) : ",";
        return Arrays.stream(joined.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public void warn(long id, String field, String value, String problem) {
        if (warned.size() < MAX_REMEMBERED_WARNINGS && warned.add(id + "/" + field + "/" + value)) {
            log.log(Level.WARNING, contactWord + " {0}: the {1} \"{2}\" {3}", id, field, value, problem);
        }
    }
}
