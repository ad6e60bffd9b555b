package be.buddytrajectories.hostsql.civicrm.api;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostsql.ContactChecks;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns APIv4 contacts into {@link Person}s as the SQL mapping's {@code PersonRows} turns rows: a contact with both
 * sub-types is a volunteer, and so is one in the volunteer pool (a CiviCRM group or tag) whatever its sub-type, one
 * without a name is shown by its display name or else its number, an e-mail address that is not one, a language that is
 * no ISO 639-1 code and coordinates off the earth are left out. Each problem is logged once per contact and value, so
 * that an admin can repair it in CiviCRM, and never stops a screen.
 */
final class ContactReader {

    /** APIv4 writes dates and times as the site's local time, to the second. */
    static final DateTimeFormatter CIVI_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final System.Logger LOG = System.getLogger(ContactReader.class.getName());

    private final CiviCrmPeopleMapping mapping;
    private final ContactChecks checks = new ContactChecks(LOG, "CiviCRM contact");

    ContactReader(CiviCrmPeopleMapping mapping) {
        this.mapping = mapping;
    }

    /** The fields {@link #read} needs, for an APIv4 {@code select}. */
    List<String> select() {
        return List.of("id", "contact_sub_type", "first_name", "last_name", "display_name", "email_primary.email",
                "phone_primary.phone", "birth_date", "gender_id", "address_primary.street_address",
                "address_primary.postal_code", "address_primary.city", "address_primary.geo_code_1",
                "address_primary.geo_code_2", mapping.languagesField(), mapping.interestsField(), "modified_date");
    }

    /** The kind of a contact by its sub-types and pool, or empty when it is neither volunteer nor newcomer. */
    Optional<PersonKind> kind(JsonNode contact, boolean inVolunteerPool) {
        List<String> subTypes = strings(contact.get("contact_sub_type"));
        if (inVolunteerPool || subTypes.contains(mapping.volunteerSubType())) {
            return Optional.of(PersonKind.VOLUNTEER);
        }
        return subTypes.contains(mapping.newcomerSubType()) ? Optional.of(PersonKind.NEWCOMER) : Optional.empty();
    }

    /**
     * The person of a contact with its CiviCRM tags, or empty when the contact is not a volunteer or newcomer.
     *
     * @param inVolunteerPool whether the contact is in the volunteer pool's group or has its tag
     */
    Optional<Person> read(JsonNode contact, Collection<String> tags, boolean inVolunteerPool) {
        long id = contact.path("id").asLong();
        Optional<PersonKind> kind = kind(contact, inVolunteerPool);
        if (kind.isEmpty()) {
            checks.warn(id, "sub-type", String.valueOf(contact.get("contact_sub_type")),
                    "is neither " + mapping.volunteerSubType() + " nor " + mapping.newcomerSubType()
                            + "; the contact is skipped");
            return Optional.empty();
        }
        String firstName = text(contact, "first_name");
        String lastName = text(contact, "last_name");
        if (firstName == null && lastName == null) {
            lastName = text(contact, "display_name");
            if (lastName == null) {
                checks.warn(id, "name", "", "is empty; the contact is shown as #" + id);
                lastName = "#" + id;
            }
        }
        Set<String> allTags = new LinkedHashSet<>(tags);
        allTags.addAll(strings(contact.get(mapping.interestsField())));
        return Optional.of(new Person(id, kind.get(), firstName == null ? "" : firstName,
                lastName == null ? "" : lastName, checks.email(id, text(contact, "email_primary.email")),
                text(contact, "phone_primary.phone"), birthYear(id, text(contact, "birth_date")), gender(contact),
                text(contact, "address_primary.street_address"), text(contact, "address_primary.postal_code"),
                text(contact, "address_primary.city"), location(id, contact), languages(id, contact),
                allTags, seconds(text(contact, "modified_date"))));
    }

    /** A CiviCRM date-time as seconds, for versions and cursors; only their order matters, so no zone is needed. */
    static long seconds(String civiDateTime) {
        if (civiDateTime == null) {
            throw new IllegalStateException("CiviCRM returned a contact without modified_date");
        }
        try {
            return LocalDateTime.parse(civiDateTime, CIVI_DATE_TIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("CiviCRM returned a modified_date that is no date-time: " + civiDateTime,
                    e);
        }
    }

    private Integer birthYear(long id, String birthDate) {
        if (birthDate == null) {
            return null;
        }
        try {
            return Integer.valueOf(birthDate.substring(0, 4));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            checks.warn(id, "birth date", birthDate, "is not a date; it is left out");
            return null;
        }
    }

    /** CiviCRM's gender option values: 1 Female, 2 Male, 3 Other. */
    private static Gender gender(JsonNode contact) {
        return switch (contact.path("gender_id").asText("")) {
            case "1" -> Gender.F;
            case "2" -> Gender.M;
            default -> Gender.X;
        };
    }

    private GeoPoint location(long id, JsonNode contact) {
        JsonNode latitude = contact.get("address_primary.geo_code_1");
        JsonNode longitude = contact.get("address_primary.geo_code_2");
        if (latitude == null || longitude == null || latitude.isNull() || longitude.isNull()
                || latitude.asText().isBlank() || longitude.asText().isBlank()) {
            return null;
        }
        return checks.location(id, latitude.asDouble(Double.NaN), longitude.asDouble(Double.NaN));
    }

    private List<String> languages(long id, JsonNode contact) {
        return checks.languages(id, strings(contact.get(mapping.languagesField())));
    }

    /**
     * The values of a multi-value field: APIv4 gives a list; a site's older data may still hold CiviCRM's bookended
     * {@code \x01a\x01b\x01} or a comma-separated text.
     */
    static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else {
            values.addAll(ContactChecks.split(node.asText()));
        }
        return values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String text(JsonNode contact, String field) {
        JsonNode value = contact.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }
}
