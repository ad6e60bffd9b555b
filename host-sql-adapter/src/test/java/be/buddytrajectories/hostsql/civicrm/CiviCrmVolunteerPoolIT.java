package be.buddytrajectories.hostsql.civicrm;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostsql.SqlPeopleDirectory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Volunteers taken from a CiviCRM group or tag as well as from the volunteer sub-type, by the SQL mapping on
 * CiviCRM's schema on MariaDB ({@code contacts.sql}, with a donor added to the group, an intern removed from it and a
 * newcomer with the tag).
 */
class CiviCrmVolunteerPoolIT {

    private TestDatabases.TestDatabase database;

    @BeforeEach
    void site() throws Exception {
        database = TestDatabases.mariadb();
        CiviCrmSite.createSchema(database.dataSource());
        CiviCrmSite.runScript(database.dataSource(), "/be/buddytrajectories/hostsql/civicrm/contacts.sql");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into civicrm_group (id, name, title, frontend_title) values (1, 'Buddies',"
                    + " 'Vrijwilligers'' pool', 'Vrijwilligers'' pool')");
            s.execute("insert into civicrm_group_contact (group_id, contact_id, status) values (1, 5, 'Added'),"
                    + " (1, 6, 'Removed')");
            s.execute("insert into civicrm_tag (id, name, label, used_for) values (3, 'buddy_pool', 'Buddy pool',"
                    + " 'civicrm_contact')");
            s.execute("insert into civicrm_entity_tag (entity_table, entity_id, tag_id) values ('civicrm_contact', 3,"
                    + " 3)");
        }
    }

    @AfterEach
    void dropSite() throws Exception {
        database.close();
    }

    private SqlPeopleDirectory people(String group, String tag) {
        return new SqlPeopleDirectory(database.dataSource(), CiviCrmSite.peopleQueries(group, tag),
                Clock.systemUTC());
    }

    @Test
    void contactsAddedToTheGroupOrWithTheTagAreVolunteersBesideTheSubType() {
        SqlPeopleDirectory people = people("Vrijwilligers' pool", "buddy_pool");

        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(4);
        assertThat(people.count(PersonKind.NEWCOMER)).as("the newcomer with the pool's tag is a volunteer")
                .isEqualTo(2);
        assertThat(people.search(new PersonQuery(PersonKind.VOLUNTEER, null, 0, 10)).people()).extracting(Person::id)
                .containsExactlyInAnyOrder(2L, 3L, 5L, 9L);
        assertThat(people.find(5)).as("the donor in the group")
                .hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(PersonKind.VOLUNTEER));
        assertThat(people.find(6)).as("removed from the group").isEmpty();
        assertThat(people.find(3)).hasValueSatisfying(karim -> {
            assertThat(karim.kind()).isEqualTo(PersonKind.VOLUNTEER);
            assertThat(karim.tags()).as("the pool's tag is no interest").containsExactlyInAnyOrder("voetbal",
                    "koken");
        });
    }

    @Test
    void withoutAPoolOnlyTheSubTypesCount() {
        SqlPeopleDirectory people = people(null, null);

        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(2);
        assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(3);
        assertThat(people.find(5)).isEmpty();
        assertThat(people.find(3)).hasValueSatisfying(karim -> assertThat(karim.tags())
                .containsExactlyInAnyOrder("voetbal", "koken", "Buddy pool"));
    }
}
