package be.buddytrajectories.hostsql;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Turns the CRM's rows into {@link Person}s, tolerating what a CRM that people have typed into for years holds: a
 * contact without a name is shown by its number, an e-mail address that is not one and a language that is no ISO
 * 639-1 code are left out, and a row of a kind that is neither volunteer nor newcomer is skipped. Each of these
 * is logged once per contact and value, so that an admin can repair it in the CRM, and never stops a screen.
 */
final class PersonRows {

    /** CiviCRM joins the values of multi-value fields and sub-types with this character. */
    private static final System.Logger LOG = System.getLogger(PersonRows.class.getName());

    private final SqlQueries sql;
    private final ContactChecks checks = new ContactChecks(LOG, "CRM contact");

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
            checks.warn(id, "kind", crmKind, "is neither map.kind.VOLUNTEER nor map.kind.NEWCOMER; the contact is skipped");
            return Optional.empty();
        }
        String firstName = ContactChecks.trimmed(rs.getString("first_name"));
        String lastName = ContactChecks.trimmed(rs.getString("last_name"));
        if (firstName == null && lastName == null) {
            checks.warn(id, "name", "", "is empty; the contact is shown as #" + id);
            lastName = "#" + id;
        }
        int birthYear = rs.getInt("birth_year");
        Integer birth = rs.wasNull() ? null : birthYear;
        double latitude = rs.getDouble("latitude");
        boolean noLatitude = rs.wasNull();
        double longitude = rs.getDouble("longitude");
        GeoPoint location = noLatitude || rs.wasNull() ? null : checks.location(id, latitude, longitude);
        String gender = rs.getString("gender");
        return Optional.of(new Person(id, kind.get(), firstName == null ? "" : firstName,
                lastName == null ? "" : lastName, checks.email(id, rs.getString("email")), ContactChecks.trimmed(rs.getString("phone")),
                birth, gender == null ? Gender.X : sql.fromCrm("gender", gender, Gender.class).orElse(Gender.X),
                ContactChecks.trimmed(rs.getString("street")), ContactChecks.trimmed(rs.getString("postal_code")),
                ContactChecks.trimmed(rs.getString("municipality")), location, checks.languages(id, ContactChecks.split(rs.getString("languages"))),
                new LinkedHashSet<>(ContactChecks.split(rs.getString("tags"))), rs.getLong("version")));
    }
}
