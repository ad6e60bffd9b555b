package be.buddytrajectories.ui.volunteers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolunteerProfileViewTest {

    private ViewFixture f;
    private long jan;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        jan = f.people.register(new NewPerson(PersonKind.VOLUNTEER, "Jan", "Peeters", null, null, 1975, Gender.M, null,
                "9000", "Gent", new GeoPoint(51.05, 3.72), List.of("nl", "en"), Set.of("fietsen"))).id();
        f.signInCoordinator();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void buddyIntakeStartsFromWhatTheHostKnowsAndRegistersTheProfile() {
        UI.getCurrent().navigate(VolunteerProfileView.class, jan);
        assertThat(_get(H2.class).getText()).isEqualTo("Buddy-intake van Jan Peeters");
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-profile-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("buddy-profile-save")));

        var profile = f.bean(BuddyProfileService.class).find(jan).orElseThrow();
        assertThat(profile.conversationLanguages()).containsExactly("en", "nl");
        assertThat(profile.interests()).containsExactly("fietsen");
        assertThat(_get(H2.class).getText()).isEqualTo("Buddyprofiel van Jan Peeters");
    }

    @Test
    void capacityAndConsentAreRefusedAtTheirFields() {
        UI.getCurrent().navigate(VolunteerProfileView.class, jan);
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-profile-capacity")), 5);
        _click(_get(Button.class, spec -> spec.withId("buddy-profile-save")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-profile-capacity")).getErrorMessage())
                .isEqualTo("Een buddy neemt tussen 1 en 3 duo's tegelijk op.");
        assertThat(_get(Checkbox.class, spec -> spec.withId("buddy-profile-consent")).getErrorMessage())
                .isEqualTo("Toestemming met de versie van de privacytekst is verplicht.");
        assertThat(f.bean(BuddyProfileService.class).find(jan)).isEmpty();
    }

    @Test
    void anotherBuddyIsRefusedThisProfile() {
        f.signInBuddy(jan + 100);
        UI.getCurrent().navigate(VolunteerProfileView.class, jan);

        _assertNone(VolunteerProfileView.class);
        _get(AccessDeniedView.class);
    }
}
