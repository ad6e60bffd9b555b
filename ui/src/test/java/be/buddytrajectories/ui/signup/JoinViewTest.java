package be.buddytrajectories.ui.signup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.signup.VolunteerSignup;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class JoinViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static void open(String language) {
        UI.getCurrent().navigate("buddy/join", QueryParameters.of("lang", language));
    }

    private static void fillIn(String email) {
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-join-first-name")), "Anke");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-join-last-name")), "Claes");
        _setValue(_get(EmailField.class, spec -> spec.withId("buddy-join-email")), email);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-join-place")), Places.ALL.get(0));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("buddy-join-languages")), Set.of("nl", "fr"));
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-join-interests")), "voetbal, koken");
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-join-availability-WED_EVENING")), true);
        _setValue(_get(TextArea.class, spec -> spec.withId("buddy-join-about")), "Ik woon al lang in Gent.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-join-consent")), true);
    }

    private List<VolunteerSignup> queue() {
        f.signInCoordinator();
        return f.bean(VolunteerSignupService.class).pending();
    }

    @Test
    void aVisitorWhoFillsInTheFormIsThankedInEnglishAndWaitsInTheQueueWithTheConsentVersionShown() {
        open("en");
        assertThat(_get(H1.class).getText()).isEqualTo("Become a buddy");
        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-join-consent-text")).getText())
                .startsWith("We keep what you fill in here only");
        fillIn("anke@example.org");
        f.clock.advance(Duration.ofSeconds(20));

        _click(_get(Button.class, spec -> spec.withId("buddy-join-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-join-done")).getText())
                .isEqualTo("Thank you! We have received your sign-up. A coordinator will contact you soon.");
        assertThat(queue()).singleElement().satisfies(s -> {
            assertThat(s.email()).isEqualTo("anke@example.org");
            assertThat(s.consent().version()).isEqualTo(VolunteerSignup.CONSENT_VERSION);
        });
    }

    @Test
    void anEmptyFormShowsEachFieldsMessageInDutchAndStoresNothing() {
        open("nl");
        f.clock.advance(Duration.ofSeconds(20));

        _click(_get(Button.class, spec -> spec.withId("buddy-join-submit")));

        assertThat(error("buddy-join-first-name")).isEqualTo("Vul de voornaam in.");
        assertThat(error("buddy-join-email")).isEqualTo("Vul een e-mailadres in.");
        assertThat(error("buddy-join-place")).isEqualTo("Kies de gemeente.");
        assertThat(error("buddy-join-languages")).isEqualTo("Kies minstens één taal.");
        assertThat(error("buddy-join-availability"))
                .isEqualTo("Kies minstens één moment in de week waarop u vrij bent.");
        assertThat(error("buddy-join-consent"))
                .isEqualTo("Vink aan dat u akkoord gaat, anders kunnen we uw aanmelding niet bewaren.");
        _assertNone(Paragraph.class, spec -> spec.withId("buddy-join-try-later"));
        assertThat(queue()).isEmpty();
    }

    private static String error(String id) {
        HasValidation field = (HasValidation) _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id));
        assertThat(field.isInvalid()).as(id).isTrue();
        return field.getErrorMessage();
    }

    @Test
    void aFilledHoneypotGetsTheSameThanksAndNothingIsQueued() {
        open("en");
        fillIn("bot@example.org");
        TextField honeypot = _get(TextField.class, spec -> spec.withId("buddy-join-website"));
        assertThat(honeypot.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(honeypot.getTabIndex()).isEqualTo(-1);
        _setValue(honeypot, "http://spam.example");
        f.clock.advance(Duration.ofSeconds(20));

        _click(_get(Button.class, spec -> spec.withId("buddy-join-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-join-done")).getText())
                .startsWith("Thank you!");
        assertThat(queue()).isEmpty();
    }

    @Test
    void aFormSentBackTooFastGetsTheSameThanksAndNothingIsQueued() {
        open("en");
        fillIn("fast@example.org");

        _click(_get(Button.class, spec -> spec.withId("buddy-join-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-join-done")).getText())
                .startsWith("Thank you!");
        assertThat(queue()).isEmpty();
    }

    @Test
    void tooManySignUpsFromOneAddressAreAskedToTryLater() {
        for (int i = 0; i <= be.buddytrajectories.core.signup.SignupLimits.PER_ADDRESS; i++) {
            open("en");
            fillIn("many" + i + "@example.org");
            f.clock.advance(Duration.ofSeconds(20));
            _click(_get(Button.class, spec -> spec.withId("buddy-join-submit")));
        }

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-join-try-later")).getText())
                .isEqualTo("Too many forms were sent from here, or we are very busy. Please try again later.");
        assertThat(queue()).hasSize(be.buddytrajectories.core.signup.SignupLimits.PER_ADDRESS);
    }
}
