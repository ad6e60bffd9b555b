package be.buddytrajectories.hostsql.civicrm;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostsql.SqlPeopleDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contacts that CiviCRM itself stored ({@code contacts.sql}, on CiviCRM's schema on MariaDB) are read as CiviCRM
 * means them, and a person registered through the directory is stored as CiviCRM stores its own contacts.
 */
class CiviCrmDataIT {

    private TestDatabases.TestDatabase database;
    private SqlPeopleDirectory people;

    @BeforeEach
    void site() {
        database = TestDatabases.mariadb();
        CiviCrmSite.createSchema(database.dataSource());
        CiviCrmSite.runScript(database.dataSource(), "/be/buddytrajectories/hostsql/civicrm/contacts.sql");
        people = new SqlPeopleDirectory(database.dataSource(), CiviCrmSite.peopleQueries(), Clock.systemUTC());
    }

    @AfterEach
    void dropSite() throws Exception {
        database.close();
    }

    @Test
    void aContactWithSeveralSubTypesIsAVolunteerWithItsCustomLanguagesAndInterestsAndTags() {
        Person els = people.find(2).orElseThrow();

        assertThat(els.kind()).as("Volunteer and Donor").isEqualTo(PersonKind.VOLUNTEER);
        assertThat(els.displayName()).isEqualTo("Els Vermeulen");
        assertThat(els.gender()).as("no gender in CiviCRM").isEqualTo(Gender.X);
        assertThat(els.languages()).as("the bookended custom field, in order").containsExactly("nl", "en");
        assertThat(els.tags()).as("a CiviCRM tag and the custom interests").containsExactlyInAnyOrder("Schaken",
                "wandelen");
    }

    @Test
    void aNewcomerIsReadWithThePrimaryDetailsOnlyAndAnUnknownLanguageCodeLeftOut() {
        Person karim = people.find(3).orElseThrow();

        assertThat(karim.kind()).isEqualTo(PersonKind.NEWCOMER);
        assertThat(karim.displayName()).as("first and last name, not CiviCRM's display name with prefix")
                .isEqualTo("Karim Haddad");
        assertThat(karim.gender()).isEqualTo(Gender.M);
        assertThat(karim.birthYear()).isEqualTo(1995);
        assertThat(karim.email()).as("the primary address, not the old one").isEqualTo("karim@example.org");
        assertThat(karim.phone()).isEqualTo("+32 470 11 22 33");
        assertThat(karim.street()).as("the primary (home) address, not the work one").isEqualTo("Sleepstraat 1");
        assertThat(karim.postalCode()).isEqualTo("9000");
        assertThat(karim.municipality()).isEqualTo("Gent");
        assertThat(karim.location()).isEqualTo(new GeoPoint(51.05, 3.72));
        assertThat(karim.languages()).as("xx is no language: left out, the rest kept").containsExactly("ar", "en");
        assertThat(karim.tags()).containsExactlyInAnyOrder("voetbal", "koken");
    }

    @Test
    void contactsThatAreNoVolunteerOrNewcomerOrAreInTheTrashAreNeverPeople() {
        assertThat(people.find(1)).as("the organisation").isEmpty();
        assertThat(people.find(4)).as("a volunteer in the trash").isEmpty();
        assertThat(people.find(5)).as("a donor").isEmpty();
        assertThat(people.find(6)).as("a sub-type the plugin does not know").isEmpty();
        assertThat(people.find(10)).as("a household").isEmpty();
        assertThat(people.findAll(List.of(1L, 2L, 4L, 5L, 6L, 10L))).extracting(Person::id).containsExactly(2L);
        assertThat(people.search(new PersonQuery(null, "sara", 0, 10)).total()).isZero();
        assertThat(people.search(new PersonQuery(null, "peeters", 0, 10)).total()).isZero();
        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(2);
        assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(3);
    }

    @Test
    void badDataIsShownWithoutWhatIsWrongAndNeverStopsAList() {
        assertThat(people.find(7).orElseThrow().lastName()).as("no name: CiviCRM's display name")
                .isEqualTo("noname@example.org");
        assertThat(people.find(8).orElseThrow().lastName()).as("nothing at all: its number").isEqualTo("#8");
        assertThat(people.find(9).orElseThrow().email()).as("not an e-mail address").isNull();

        assertThat(people.search(new PersonQuery(null, null, 0, 100)).people()).extracting(Person::id)
                .as("in CiviCRM's sort name order, the nameless by what CiviCRM shows")
                .containsExactly(8L, 9L, 3L, 7L, 2L);
    }

    @Test
    void theChangeFeedFollowsModifiedDateAndReportsATrashedVolunteerAsErased() {
        List<PersonChange> changes = people.changesSince(0, 100);

        assertThat(changes).extracting(PersonChange::personId).containsExactly(2L, 4L, 7L, 8L, 9L, 3L);
        assertThat(changes).extracting(PersonChange::type).containsExactly(PersonChange.Type.UPDATED,
                PersonChange.Type.ERASED, PersonChange.Type.UPDATED, PersonChange.Type.UPDATED,
                PersonChange.Type.CREATED, PersonChange.Type.UPDATED);
        assertThat(people.changesSince(changes.get(3).cursor(), 100)).extracting(PersonChange::personId)
                .containsExactly(9L, 3L);
    }

    @Test
    void aRegisteredPersonIsStoredAsCiviCrmStoresAContact() throws Exception {
        Person amina = people.register(new NewPerson(PersonKind.NEWCOMER, "Amina", "El Idrissi",
                "amina@example.org", "+32 470 12 34 56", 1988, Gender.F, "Lange Leemstraat 12", "2018", "Antwerpen",
                new GeoPoint(51.2081, 4.4105), List.of("ar", "fr"), Set.of("koken")));

        DataSource ds = database.dataSource();
        assertThat(row(ds, "select concat_ws('|', contact_type, hex(contact_sub_type), sort_name, display_name,"
                + " gender_id, birth_date, source) from civicrm_contact where id = ?", amina.id()))
                .isEqualTo("Individual|014E6577636F6D657201|El Idrissi, Amina|Amina El Idrissi|1|1988-01-01"
                        + "|Buddy Trajectories");
        assertThat(row(ds, "select concat_ws('|', location_type_id, email) from civicrm_email"
                + " where is_primary = 1 and contact_id = ?", amina.id())).isEqualTo("1|amina@example.org");
        assertThat(row(ds, "select phone_numeric from civicrm_phone where contact_id = ?", amina.id()))
                .as("CiviCRM's trigger").isEqualTo("32470123456");
        assertThat(row(ds, "select concat_ws('|', postal_code, city, country_id) from civicrm_address"
                + " where is_primary = 1 and contact_id = ?", amina.id())).isEqualTo("2018|Antwerpen|1020");
        assertThat(row(ds, "select hex(languages_2) from civicrm_value_buddy_program_2 where entity_id = ?",
                amina.id())).isEqualTo("01617201667201");
        assertThat(row(ds, "select data from civicrm_log where entity_table = 'civicrm_contact' and entity_id = ?",
                amina.id())).isEqualTo("civicrm_contact," + amina.id());
        assertThat(row(ds, "select t.label from civicrm_entity_tag et join civicrm_tag t on t.id = et.tag_id"
                + " where et.entity_table = 'civicrm_contact' and et.entity_id = ?", amina.id())).isEqualTo("koken");
    }

    private static String row(DataSource ds, String sql, long id) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getString(1);
            }
        }
    }
}
