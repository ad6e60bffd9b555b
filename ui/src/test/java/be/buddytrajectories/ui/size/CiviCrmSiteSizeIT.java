package be.buddytrajectories.ui.size;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.people.PeopleFeed;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostsql.SqlPeopleDirectory;
import be.buddytrajectories.hostsql.civicrm.CiviCrmSite;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.ui.admin.PrivacyView;
import be.buddytrajectories.ui.matching.SuggestionsView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The screens at a CiviCRM organisation's size: 50,000 contacts on CiviCRM's schema on MariaDB, of whom 10,000
 * volunteers and 3,000 newcomers, read through the CiviCRM mapping, with the plugin's tables in the same database.
 * Pickers search the directory on the server, so the last person of the site is as reachable as the first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CiviCrmSiteSizeIT {

    private static final int CONTACTS = 50_000;
    private static final int VOLUNTEERS = 10_000;
    private static final int NEWCOMERS = 3_000;

    private TestDatabases.TestDatabase database;
    private ViewFixture f;
    private SqlPeopleDirectory people;
    private long lastVolunteer;
    private long lastNewcomer;

    @BeforeAll
    void site() {
        database = TestDatabases.mariadb();
        CiviCrmSite.createSchema(database.dataSource());
        CiviCrmSite.addOthers(database.dataSource(), CONTACTS - VOLUNTEERS - NEWCOMERS, 7L);
        List<NewPerson> generated = CiviCrmSite.generatedPeople(VOLUNTEERS - 1, NEWCOMERS - 1, 7L);
        List<NewPerson> all = new ArrayList<>(generated.subList(0, VOLUNTEERS - 1));
        all.add(person(PersonKind.VOLUNTEER, "Wout", "Allerlaatste"));
        all.addAll(generated.subList(VOLUNTEERS - 1, generated.size()));
        all.add(person(PersonKind.NEWCOMER, "Ilse", "Laatstgenoemde"));
        List<Long> ids = CiviCrmSite.addPeople(database.dataSource(), all);
        lastVolunteer = ids.get(VOLUNTEERS - 1);
        lastNewcomer = ids.get(ids.size() - 1);
        people = new SqlPeopleDirectory(database.dataSource(), CiviCrmSite.peopleQueries(), Clock.systemUTC());
        f = ViewFixture.over(people, database);
    }

    private static NewPerson person(PersonKind kind, String firstName, String lastName) {
        return new NewPerson(kind, firstName, lastName, null, null, 1985, Gender.X, "Kouter 1", "9000", "Gent",
                new GeoPoint(51.05, 3.72), List.of("nl", "fr"), Set.of("wandelen"));
    }

    @AfterAll
    void stop() throws Exception {
        f.close();
    }

    @Test
    @Order(1)
    void theSiteHasItsSizeBeforeAnyTestChangesIt() {
        assertThat(lastNewcomer).as("the last contact of the site").isEqualTo(CONTACTS);
        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(VOLUNTEERS);
        assertThat(people.count(PersonKind.NEWCOMER)).isEqualTo(NEWCOMERS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminFindsAndErasesTheFiftyThousandthPerson() {
        f.signInAdmin();
        UI.getCurrent().navigate(PrivacyView.class);
        ComboBox<Person> picker = _get(ComboBox.class, spec -> spec.withId("buddy-privacy-person"));

        ComboBoxKt.setUserInput(picker, "laatstgenoemde");
        List<Person> found = ComboBoxKt.getSuggestionItems(picker);
        assertThat(found).extracting(Person::id).containsExactly((long) CONTACTS);
        _setValue(picker, found.get(0));
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-privacy-also-host")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-privacy-confirm")), true);
        _click(_get(Button.class, spec -> spec.withId("buddy-privacy-erase")));

        Person erased = people.find(CONTACTS).orElseThrow();
        assertThat(erased.displayName()).doesNotContain("Ilse", "Laatstgenoemde");
        assertThat(erased.postalCode()).isEqualTo("9000");
    }

    @Test
    void aBuddyPutInCiviCrmsTrashLeavesTheIndexThroughTheChangeFeed() throws Exception {
        f.signInCoordinator();
        long buddy = lastVolunteer - 1;
        f.bean(BuddyProfileService.class).register(buddy, ViewFixture.profile());
        f.awaitIndexed();
        ProfileIndexer index = f.bean(ProfileIndexer.class);
        long indexed = index.status().documents();
        PeopleFeed feed = f.bean(PeopleFeed.class);
        while (feed.follow() > 0) {
            // From its end: the plugin never read this site's feed before.
        }

        try (Connection c = database.dataSource().getConnection();
             PreparedStatement trash = c.prepareStatement("update civicrm_contact set is_deleted = 1 where id = ?")) {
            trash.setLong(1, buddy);
            trash.executeUpdate();
        }
        while (feed.follow() > 0) {
            // The change just made, and nothing before it.
        }
        f.awaitIndexed();

        assertThat(index.status().documents()).isEqualTo(indexed - 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorAsksWhyNotAboutTheTenThousandthVolunteer() {
        f.signInCoordinator();
        var profiles = f.bean(BuddyProfileService.class);
        profiles.register(lastVolunteer, ViewFixture.profile());
        profiles.changeStatus(lastVolunteer, profiles.find(lastVolunteer).orElseThrow().version(), BuddyStatus.PAUSED);
        long newcomer = lastNewcomer - 1;
        f.bean(NewcomerIntakeService.class).register(newcomer, ViewFixture.intake(false));
        f.awaitIndexed();
        UI.getCurrent().navigate(SuggestionsView.class, newcomer);
        ComboBox<Person> volunteer = _get(ComboBox.class, spec -> spec.withId("buddy-why-not-volunteer"));

        ComboBoxKt.setUserInput(volunteer, "allerlaatste");
        List<Person> found = ComboBoxKt.getSuggestionItems(volunteer);
        assertThat(found).extracting(Person::id).containsExactly(lastVolunteer);
        _setValue(volunteer, found.get(0));
        _click(_get(Button.class, spec -> spec.withId("buddy-why-not-ask")));

        UnorderedList answer = _get(UnorderedList.class, spec -> spec.withId("buddy-why-not-reasons"));
        assertThat(_find(answer, ListItem.class)).isNotEmpty();
    }
}
