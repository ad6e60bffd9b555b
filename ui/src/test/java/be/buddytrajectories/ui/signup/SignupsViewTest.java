package be.buddytrajectories.ui.signup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.signup.FormTicket;
import be.buddytrajectories.core.signup.Referral;
import be.buddytrajectories.core.signup.ReferralInput;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.VolunteerSignup;
import be.buddytrajectories.core.signup.VolunteerSignupInput;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.ui.newcomers.IntakeView;
import be.buddytrajectories.ui.testing.ViewFixture;
import be.buddytrajectories.ui.volunteers.VolunteerProfileView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class SignupsViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private void signUp(String firstName, String email) {
        VolunteerSignupService signups = f.bean(VolunteerSignupService.class);
        FormTicket ticket = signups.openForm();
        f.clock.advance(Duration.ofSeconds(10));
        signups.submit(ticket, "192.0.2.1", "", new VolunteerSignupInput(firstName, "Claes", email, null,
                ViewFixture.GENT, Set.of("nl"), Set.of("koken"), Set.of(WeeklySlot.of(DayOfWeek.MONDAY, DayPart.EVENING)),
                "Ik kook graag.", true), Locale.ENGLISH);
    }

    private void refer(String firstName) {
        ReferralService referrals = f.bean(ReferralService.class);
        FormTicket ticket = referrals.openForm();
        f.clock.advance(Duration.ofSeconds(10));
        referrals.submit(ticket, "192.0.2.2", "", new ReferralInput("Ilse Verstraete", "Agentschap Integratie",
                "ilse@integratie.be", firstName, "Haddad", "0470 12 34 56", null, ViewFixture.GENT, Set.of("ar"),
                DutchLevel.A0, false, "Wil Nederlands oefenen.", true), Locale.ENGLISH);
    }

    @Test
    void aCoordinatorSeesWhoACandidateMayBeAndAcceptingOpensTheNewBuddysProfile() {
        long known = f.buddyWithAddress("Anke", "anke@example.org");
        signUp("Anke", "anke@example.org");
        signUp("Bert", "bert@example.org");
        f.signInCoordinator();

        UI.getCurrent().navigate(SignupsView.class);
        Grid<VolunteerSignup> grid = _get(Grid.class, spec -> spec.withId("buddy-signups"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        grid.select(GridKt._get(grid, 0));

        assertThat(_get(Div.class, spec -> spec.withId("buddy-signup-details")).getElement().getTextRecursively())
                .contains("E-mail: anke@example.org", "Talen: Nederlands", "maandag avond");
        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-signup-possibly-same")).getText())
                .startsWith("Mogelijk dezelfde persoon als: Anke Claes.");
        ComboBox<Person> sameAs = _get(ComboBox.class, spec -> spec.withId("buddy-signup-same-as"));
        assertThat(sameAs.getListDataView().getItems().map(Person::id)).containsExactly(known);

        grid.select(GridKt._get(grid, 1));
        _assertNone(Paragraph.class, spec -> spec.withId("buddy-signup-possibly-same"));
        _click(_get(Button.class, spec -> spec.withId("buddy-signup-accept")));

        _get(VolunteerProfileView.class);
        Person bert = f.people.search(be.buddytrajectories.hostapi.PersonQuery.all(PersonKind.VOLUNTEER, 0, 10))
                .people().stream().filter(p -> p.firstName().equals("Bert")).findFirst().orElseThrow();
        assertThat(f.bean(BuddyProfileService.class).find(bert.id())).isPresent();
    }

    @Test
    void decliningACandidateRemovesHimFromTheQueue() {
        signUp("Carla", "carla@example.org");
        f.signInCoordinator();
        UI.getCurrent().navigate(SignupsView.class);
        Grid<VolunteerSignup> grid = _get(Grid.class, spec -> spec.withId("buddy-signups"));
        grid.select(GridKt._get(grid, 0));

        _click(_get(Button.class, spec -> spec.withId("buddy-signup-decline")));

        assertThat(GridKt._size(grid)).isZero();
        assertThat(f.bean(VolunteerSignupService.class).pending()).isEmpty();
    }

    @Test
    void acceptingAReferralRegistersTheNewcomerAndOpensHisIntake() {
        refer("Hana");
        f.signInCoordinator();
        UI.getCurrent().navigate(SignupsView.class);
        _get(TabSheet.class, spec -> spec.withId("buddy-signups-tabs")).setSelectedIndex(1);
        Grid<Referral> grid = _get(Grid.class, spec -> spec.withId("buddy-referrals"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Hana Haddad", "Gent");
        grid.select(GridKt._get(grid, 0));

        _click(_get(Button.class, spec -> spec.withId("buddy-referral-accept")));

        _get(IntakeView.class);
        assertThat(f.people.count(PersonKind.NEWCOMER)).isEqualTo(1);
        assertThat(f.bean(ReferralService.class).pending()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-intake-referral")).getText())
                .startsWith("Doorverwezen door Ilse Verstraete (Agentschap Integratie) op ")
                .contains("Participatietraject: ", "De wachttijd telt vanaf de dag van de doorverwijzing.");
    }

    @Test
    void aBuddyIsRefusedTheQueue() {
        signUp("Dirk", "dirk@example.org");
        f.signInBuddy(7L);

        UI.getCurrent().navigate(SignupsView.class);

        _assertNone(SignupsView.class);
    }
}
