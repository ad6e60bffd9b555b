package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contacts as APIv4 returns them become people the way the SQL mapping reads CiviCRM's rows. */
class ContactReaderTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ContactReader reader = new ContactReader(CiviCrmPeopleMapping.defaults());

    private ObjectNode contact(String... subTypes) {
        ObjectNode contact = json.createObjectNode();
        contact.put("id", 42);
        contact.set("contact_sub_type", json.valueToTree(List.of(subTypes)));
        contact.put("first_name", "Amina");
        contact.put("last_name", "El Idrissi");
        contact.put("modified_date", "2026-03-01 10:15:30");
        return contact;
    }

    private Person read(JsonNode contact, String... tags) {
        return reader.read(contact, List.of(tags), false).orElseThrow();
    }

    @Test
    void aContactWithBothSubTypesIsAVolunteerAndOneWithNeitherIsSkipped() {
        assertThat(read(contact("Newcomer", "Volunteer")).kind()).isEqualTo(PersonKind.VOLUNTEER);
        assertThat(read(contact("Newcomer", "Donor")).kind()).isEqualTo(PersonKind.NEWCOMER);
        assertThat(reader.read(contact("Donor"), List.of(), false)).isEqualTo(Optional.empty());
    }

    @Test
    void aContactInTheVolunteerPoolIsAVolunteerWhateverItsSubTypes() {
        assertThat(reader.read(contact("Donor"), List.of(), true)).hasValueSatisfying(p -> assertThat(p.kind())
                .isEqualTo(PersonKind.VOLUNTEER));
        assertThat(reader.read(contact("Newcomer"), List.of(), true)).hasValueSatisfying(p -> assertThat(p.kind())
                .isEqualTo(PersonKind.VOLUNTEER));
    }

    @Test
    void everyFieldIsReadFromItsApiName() {
        ObjectNode contact = contact("Newcomer");
        contact.put("email_primary.email", "amina@example.org");
        contact.put("phone_primary.phone", "+32 470 12 34 56");
        contact.put("birth_date", "1988-07-14");
        contact.put("gender_id", 1);
        contact.put("address_primary.street_address", "Lange Leemstraat 12");
        contact.put("address_primary.postal_code", "2018");
        contact.put("address_primary.city", "Antwerpen");
        contact.put("address_primary.geo_code_1", 51.2081);
        contact.put("address_primary.geo_code_2", "4.4105");
        contact.set("Buddy_programme.languages", json.valueToTree(List.of("ar", "fr_FR", "nl", "ar")));
        contact.set("Buddy_programme.interests", json.valueToTree(List.of("football")));

        Person person = read(contact, "cooking");

        assertThat(person).isEqualTo(new Person(42, PersonKind.NEWCOMER, "Amina", "El Idrissi", "amina@example.org",
                "+32 470 12 34 56", 1988, Gender.F, "Lange Leemstraat 12", "2018", "Antwerpen",
                new GeoPoint(51.2081, 4.4105), List.of("ar", "fr", "nl"), Set.of("cooking", "football"),
                ContactReader.seconds("2026-03-01 10:15:30")));
    }

    @Test
    void whatCiviCrmUsersMistypedIsLeftOut() {
        ObjectNode contact = contact("Volunteer");
        contact.put("email_primary.email", "not an address");
        contact.put("address_primary.geo_code_1", 151.0);
        contact.put("address_primary.geo_code_2", 4.0);
        contact.set("Buddy_programme.languages", json.valueToTree(List.of("Dutch", "nl_BE")));
        contact.put("gender_id", 7);

        Person person = read(contact);

        assertThat(person.email()).isNull();
        assertThat(person.location()).isNull();
        assertThat(person.languages()).containsExactly("nl");
        assertThat(person.gender()).isEqualTo(Gender.X);
    }

    @Test
    void aContactWithoutNameIsShownByItsDisplayNameOrElseItsNumber() {
        ObjectNode named = contact("Volunteer");
        named.putNull("first_name");
        named.put("last_name", " ");
        named.put("display_name", "jan@example.org");
        ObjectNode nameless = named.deepCopy();
        nameless.putNull("display_name");

        assertThat(read(named).lastName()).isEqualTo("jan@example.org");
        assertThat(read(nameless).lastName()).isEqualTo("#42");
    }

    @Test
    void versionsFollowModifiedDateToTheSecond() {
        assertThat(ContactReader.seconds("2026-03-01 10:15:31") - ContactReader.seconds("2026-03-01 10:15:30"))
                .isEqualTo(1);
    }

    @Test
    void bookendedValuesOfOlderDataAreSplitLikeLists() {
        assertThat(ContactReader.strings(json.getNodeFactory().textNode("\u0001nl\u0001fr\u0001")))
                .containsExactly("nl", "fr");
        assertThat(ContactReader.strings(json.getNodeFactory().textNode("nl, fr"))).containsExactly("nl", "fr");
    }
}
