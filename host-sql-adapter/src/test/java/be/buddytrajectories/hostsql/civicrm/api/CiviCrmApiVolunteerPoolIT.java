package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Volunteers taken from a CiviCRM group or tag as well as from the volunteer sub-type, through APIv4. */
class CiviCrmApiVolunteerPoolIT {

    private static final String KEY = "pool-test-api-key";

    private FakeCiviCrm site;
    private CiviCrmApi api;
    private long jan;
    private long els;
    private long piet;
    private long omar;
    private long amina;

    @BeforeEach
    void start() throws IOException {
        site = new FakeCiviCrm(KEY);
        api = new CiviCrmApi(new CiviCrmApiSettings(site.siteUrl(), KEY, Duration.ofSeconds(2), Duration.ofSeconds(5),
                2));
        jan = contact("Jan", "Volunteer");
        els = contact("Els", "Donor");
        piet = contact("Piet", "Donor");
        omar = contact("Omar", "Newcomer");
        amina = contact("Amina", "Newcomer");
        long buddies = site.add("Group", Map.of("name", "Buddies", "title", "Buddy volunteers", "is_active", true));
        site.add("GroupContact", Map.of("group_id", buddies, "contact_id", els, "status", "Added"));
        site.add("GroupContact", Map.of("group_id", buddies, "contact_id", piet, "status", "Removed"));
        tag(omar, site.add("Tag", Map.of("name", "buddy_pool", "label", "Buddy pool")));
        tag(omar, site.add("Tag", Map.of("name", "koken", "label", "koken")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private long contact(String firstName, String subType) {
        return site.add("Contact", Map.of("first_name", firstName, "last_name", "Peeters", "contact_sub_type",
                List.of(subType)));
    }

    private void tag(long contact, long tag) {
        site.add("EntityTag", Map.of("entity_table", "civicrm_contact", "entity_id", contact, "tag_id", tag));
    }

    private CiviCrmApiPeopleDirectory directory(String group, String tag) {
        return new CiviCrmApiPeopleDirectory(api, CiviCrmPeopleMapping.defaults().withVolunteerPool(group, tag));
    }

    private static List<Long> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }

    @Test
    void contactsAddedToTheGroupOrWithTheTagAreVolunteersBesideTheSubType() {
        CiviCrmApiPeopleDirectory people = directory("Buddy volunteers", "buddy_pool");

        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(3);
        assertThat(people.count(PersonKind.NEWCOMER)).as("a newcomer with the pool's tag is a volunteer").isEqualTo(1);
        assertThat(ids(people.search(PersonQuery.all(PersonKind.VOLUNTEER, 0, 10)).people()))
                .containsExactlyInAnyOrder(jan, els, omar);
        assertThat(ids(people.search(PersonQuery.all(PersonKind.NEWCOMER, 0, 10)).people())).containsExactly(amina);
        assertThat(people.find(els)).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(PersonKind.VOLUNTEER));
        assertThat(people.find(piet)).as("removed from the group").isEmpty();
        assertThat(people.find(omar)).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PersonKind.VOLUNTEER);
            assertThat(p.tags()).as("the pool's tag is no interest").containsExactly("koken");
        });
        assertThat(people.changesSince(0, 10)).extracting(PersonChange::personId)
                .containsExactlyInAnyOrder(jan, els, omar, amina);
    }

    @Test
    void withoutAPoolOnlyTheSubTypesCount() {
        CiviCrmApiPeopleDirectory people = directory(null, null);

        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(1);
        assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(2);
        assertThat(people.find(els)).isEmpty();
        assertThat(people.find(omar)).hasValueSatisfying(p -> assertThat(p.tags())
                .containsExactlyInAnyOrder("Buddy pool", "koken"));
    }

    @Test
    void aGroupOrTagCiviCrmDoesNotHaveIsNamedInTheError() {
        assertThatIllegalStateException().isThrownBy(() -> directory("Vrijwilligers", null)
                .count(PersonKind.VOLUNTEER)).withMessageContaining("no group \"Vrijwilligers\"");
        assertThatIllegalStateException().isThrownBy(() -> directory(null, "vrijwilliger")
                .count(PersonKind.VOLUNTEER)).withMessageContaining("no tag \"vrijwilliger\"");
    }
}
