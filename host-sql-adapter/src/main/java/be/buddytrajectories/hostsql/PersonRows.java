package be.buddytrajectories.hostsql;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import java.lang.System.Logger.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns the CRM's rows into {@link Person}s, tolerating what a CRM that people have typed into for years holds: a
 * contact without a name is shown by its number, an e-mail address that is not one and a language that is no ISO
 * 639-1 code are left out, and a row of a kind that is neither volunteer nor newcomer is skipped. Each of these
 * is logged once per contact and value, so that an admin can repair it in the CRM, and never stops a screen.
 */
final class PersonRows {

    /** CiviCRM joins the values of multi-value fields and sub-types with this character. */
    static final char CRM_SEPARATOR = '\u0001';
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_REMEMBERED_WARNINGS = 10_000;
    private static final System.Logger LOG = System.getLogger(PersonRows.class.getName());

    private final SqlQueries sql;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    PersonRows(SqlQueries sql) {
        this.sql = sql;
    }

    /** The person of the current row, or empty when the row is not one (a kind the mapping does not know). */
    Optional<Person> read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String crmKind = rs.getString("kind");
        Optional<PersonKind> kind = crmKind == null ? Optional.empty()
                : sql.fromCrm("kind", crmKind, PersonKind.class);
        if (kind.isEmpty()) {
            warn(id, "kind", crmKind, "is neither map.kind.VOLUNTEER nor map.kind.NEWCOMER; the contact is skipped");
            return Optional.empty();
        }
        String firstName = trimmed(rs.getString("first_name"));
        String lastName = trimmed(rs.getString("last_name"));
        if (firstName == null && lastName == null) {
            warn(id, "name", "", "is empty; the contact is shown as #" + id);
            lastName = "#" + id;
        }
        int birthYear = rs.getInt("birth_year");
        Integer birth = rs.wasNull() ? null : birthYear;
        double latitude = rs.getDouble("latitude");
        boolean noLatitude = rs.wasNull();
        double longitude = rs.getDouble("longitude");
        GeoPoint location = noLatitude || rs.wasNull() ? null : location(id, latitude, longitude);
        String gender = rs.getString("gender");
        return Optional.of(new Person(id, kind.get(), firstName == null ? "" : firstName,
                lastName == null ? "" : lastName, email(id, rs.getString("email")), trimmed(rs.getString("phone")),
                birth, gender == null ? Gender.X : sql.fromCrm("gender", gender, Gender.class).orElse(Gender.X),
                trimmed(rs.getString("street")), trimmed(rs.getString("postal_code")),
                trimmed(rs.getString("municipality")), location, languages(id, rs.getString("languages")),
                new LinkedHashSet<>(split(rs.getString("tags"))), rs.getLong("version")));
    }

    private GeoPoint location(long id, double latitude, double longitude) {
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            warn(id, "location", latitude + "," + longitude, "is not a place on earth; it is left out");
            return null;
        }
        return new GeoPoint(latitude, longitude);
    }

    private String email(long id, String value) {
        String email = trimmed(value);
        if (email != null && !EMAIL.matcher(email).matches()) {
            warn(id, "email", email, "is not an e-mail address; it is left out");
            return null;
        }
        return email;
    }

    /** ISO 639-1 codes, also from locale names such as CiviCRM's {@code nl_NL}, in order and each once. */
    private List<String> languages(long id, String joined) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : split(joined)) {
            String code = value.split("[_-]", 2)[0].toLowerCase(Locale.ROOT);
            if (code.length() == 2 && ISO_LANGUAGES.contains(code)) {
                codes.add(code);
            } else {
                warn(id, "language", value, "is not an ISO 639-1 language code; it is left out");
            }
        }
        return new ArrayList<>(codes);
    }

    /** Values joined by CiviCRM's separator (then only by it) or else by commas. */
    static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        String separator = joined.indexOf(CRM_SEPARATOR) >= 0 ? String.valueOf(CRM_SEPARATOR) : ",";
        return Arrays.stream(joined.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void warn(long id, String field, String value, String problem) {
        if (warned.size() < MAX_REMEMBERED_WARNINGS && warned.add(id + "/" + field + "/" + value)) {
            LOG.log(Level.WARNING, "CRM contact {0}: the {1} \"{2}\" {3}", id, field, value, problem);
        }
    }
}
