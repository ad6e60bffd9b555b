package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The APIv4 directory reads contacts the way CiviCRM keeps them, beyond what the host-api contract asks. */
class CiviCrmApiDataIT {

    private static final String KEY = "data-test-api-key";

    private FakeCiviCrm site;
    private CiviCrmApi api;
    private CiviCrmApiPeopleDirectory directory;

    @BeforeEach
    void start() throws IOException {
        site = new FakeCiviCrm(KEY);
        api = new CiviCrmApi(new CiviCrmApiSettings(site.siteUrl(), KEY, Duration.ofSeconds(2), Duration.ofSeconds(5),
                50));
        directory = new CiviCrmApiPeopleDirectory(api, CiviCrmPeopleMapping.defaults());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Person register(PersonKind kind, String first, Set<String> tags) {
        return directory.register(new NewPerson(kind, first, "Peeters", null, null, null, Gender.X, null, null, null,
                null, List.of(), tags));
    }

    @Test
    void aContactMovedToTheTrashIsAnErasureAndIsNoLongerFound() {
        Person jan = register(PersonKind.VOLUNTEER, "Jan", Set.of());
        long cursor = directory.changesSince(0, 10).get(0).cursor();

        api.update("Contact", List.of(List.of("id", "=", jan.id())), Map.of("is_deleted", true));

        assertThat(directory.find(jan.id())).isEmpty();
        assertThat(directory.count(PersonKind.VOLUNTEER)).isZero();
        assertThat(directory.changesSince(cursor, 10)).singleElement().satisfies(change -> {
            assertThat(change.personId()).isEqualTo(jan.id());
            assertThat(change.type()).isEqualTo(PersonChange.Type.ERASED);
        });
    }

    @Test
    void aContactWithBothSubTypesIsOneVolunteerAndNoNewcomer() {
        long id = site.add("Contact", Map.of("first_name", "Els", "last_name", "Maes", "contact_sub_type",
                List.of("Newcomer", "Volunteer")));

        assertThat(directory.count(PersonKind.VOLUNTEER)).isEqualTo(1);
        assertThat(directory.count(PersonKind.NEWCOMER)).isZero();
        assertThat(directory.search(PersonQuery.all(PersonKind.NEWCOMER, 0, 10)).people()).isEmpty();
        assertThat(directory.find(id)).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(PersonKind.VOLUNTEER));
    }

    @Test
    void anExistingTagIsReusedByItsLabelAndANewOneIsCreatedOnce() {
        long voetbal = site.add("Tag", Map.of("name", "sport_voetbal", "label", "voetbal"));

        Person jan = register(PersonKind.VOLUNTEER, "Jan", Set.of("voetbal", "koken"));
        Person els = register(PersonKind.VOLUNTEER, "Els", Set.of("koken"));

        List<JsonNode> tags = api.get("Tag", Map.of("select", List.of("id", "label")));
        assertThat(tags).extracting(t -> t.get("label").asText()).containsExactlyInAnyOrder("voetbal", "koken");
        assertThat(api.get("EntityTag", Map.of("select", List.of("tag_id"), "where",
                List.of(List.of("entity_id", "=", jan.id()))))).extracting(t -> t.get("tag_id").asLong())
                .contains(voetbal);
        assertThat(jan.tags()).containsExactlyInAnyOrder("voetbal", "koken");
        assertThat(els.tags()).containsExactly("koken");
    }

    @Test
    void theInterestsFieldAndCiviCrmTagsAreBothInterests() {
        long id = site.add("Contact", Map.of("first_name", "Omar", "last_name", "Amrani", "contact_sub_type",
                List.of("Newcomer"), "Buddy_programme.interests", List.of("koken"),
                "Buddy_programme.languages", List.of("ar", "fr_BE")));
        long tag = site.add("Tag", Map.of("name", "voetbal", "label", "voetbal"));
        site.add("EntityTag", Map.of("entity_table", "civicrm_contact", "entity_id", id, "tag_id", tag));

        Person omar = directory.find(id).orElseThrow();

        assertThat(omar.tags()).containsExactlyInAnyOrder("koken", "voetbal");
        assertThat(omar.languages()).containsExactly("ar", "fr");
    }

    @Test
    void aFailingCiviCrmSurfacesAsARetryableErrorNotAsNobody() {
        register(PersonKind.NEWCOMER, "Bilal", Set.of());
        site.failNext(FakeCiviCrm.Failure.SERVER_ERROR);

        assertThatThrownBy(() -> directory.search(PersonQuery.all(null, 0, 10)))
                .isInstanceOfSatisfying(CiviCrmApiException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(directory.search(PersonQuery.all(null, 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> directory.findAll(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.changesSince(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.changesSince(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.register(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CiviCrmApiPeopleDirectory(api, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
