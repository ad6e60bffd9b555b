package be.buddytrajectories.hostsql;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * People that a CRM already has, entered by the CRM itself rather than through the directory, are read right. The
 * example schema is CiviCRM-like, written for H2 and PostgreSQL, which CiviCRM never runs on; the mapping on
 * CiviCRM's real schema on MariaDB is issue 14's work, so MariaDB is left out here.
 */
class CiviCrmDataIT {

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void existingContactsAreReadWithTheirPrimaryDetailsTagsAndLanguages(TestDatabases.Kind kind) throws Exception {
        try (TestDatabases.TestDatabase database = TestDatabases.create(kind)) {
            CiviCrmDatabase.run(database, "civicrm-schema.sql");
            CiviCrmDatabase.run(database, "civicrm-others.sql");
            CiviCrmDatabase.run(database, "civicrm-people.sql");
            SqlPeopleDirectory people = CiviCrmDatabase.directory(database);

            assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(1);
            assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(1);
            Person karim = people.search(new PersonQuery(PersonKind.NEWCOMER, null, 0, 10)).people().get(0);
            assertThat(karim.displayName()).isEqualTo("Karim Haddad");
            assertThat(karim.gender()).isEqualTo(Gender.M);
            assertThat(karim.birthYear()).isEqualTo(1995);
            assertThat(karim.email()).as("the primary address, not the old one").isEqualTo("karim@example.org");
            assertThat(karim.postalCode()).isEqualTo("9000");
            assertThat(karim.location()).isEqualTo(new GeoPoint(51.05, 3.72));
            assertThat(karim.languages()).containsExactly("ar", "en");
            assertThat(karim.tags()).containsExactlyInAnyOrder("chess", "football");
            assertThat(karim.version()).isEqualTo(2);
            Person els = people.search(new PersonQuery(PersonKind.VOLUNTEER, "els", 0, 10)).people().get(0);
            assertThat(els.gender()).as("no gender in the CRM").isEqualTo(Gender.X);
            assertThat(els.languages()).isEmpty();
            assertThat(people.search(new PersonQuery(null, "sara", 0, 10)).total())
                    .as("the donor and the trashed volunteer are not people to plugins").isZero();
            assertThat(people.changesSince(0, 100)).extracting(c -> c.personId())
                    .containsExactly(karim.id(), karim.id(), els.id());
        }
    }
}
