package be.buddytrajectories.ui.signup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.signup.Referral;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
class ReferViewTest {

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
        UI.getCurrent().navigate("buddy/refer", QueryParameters.of("lang", language));
    }

    private static void fillIn(String phone) {
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-refer-case-worker")), "Ilse Verstraete");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-refer-organisation")), "Agentschap Integratie");
        _setValue(_get(EmailField.class, spec -> spec.withId("buddy-refer-work-email")), "ilse@integratie.be");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-refer-first-name")), "Hana");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-refer-last-name")), "Haddad");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-refer-phone")), phone);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-refer-place")), Places.ALL.get(0));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("buddy-refer-languages")), Set.of("ar"));
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-refer-dutch-level")), DutchLevel.A1);
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-refer-pnt")), true);
        _setValue(_get(TextArea.class, spec -> spec.withId("buddy-refer-reason")), "Wil mensen leren kennen.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-refer-agreed")), true);
    }

    private List<Referral> queue() {
        f.signInCoordinator();
        return f.bean(ReferralService.class).pending();
    }

    @Test
    void aCaseWorkerWhoFillsInTheFormIsThankedAndTheReferralWaitsInTheQueue() {
        open("nl");
        fillIn("0470 12 34 56");
        f.clock.advance(Duration.ofSeconds(30));

        _click(_get(Button.class, spec -> spec.withId("buddy-refer-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-refer-done")).getText()).isEqualTo(
                "Bedankt! We hebben de doorverwijzing ontvangen. Een coördinator neemt contact op met de nieuwkomer.");
        assertThat(queue()).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("Hana Haddad");
            assertThat(r.pntObliged()).isTrue();
            assertThat(r.dutchLevel()).contains(DutchLevel.A1);
            assertThat(r.agreement().version()).isEqualTo(Referral.AGREEMENT_VERSION);
        });
    }

    @Test
    void aNewcomerWithoutPhoneOrEmailAndAnUnconfirmedAgreementAreRefusedWithTheirMessagesInEnglish() {
        open("en");
        fillIn("");
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-refer-agreed")), false);
        f.clock.advance(Duration.ofSeconds(30));

        _click(_get(Button.class, spec -> spec.withId("buddy-refer-submit")));

        assertThat(error("buddy-refer-phone")).isEqualTo("Give the newcomer's phone number or e-mail address.");
        assertThat(error("buddy-refer-agreed")).isEqualTo("Confirm that the newcomer agreed to be referred.");
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
        fillIn("0470 12 34 56");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-refer-website")), "spam");
        f.clock.advance(Duration.ofSeconds(30));

        _click(_get(Button.class, spec -> spec.withId("buddy-refer-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-refer-done")).getText()).startsWith("Thank you!");
        assertThat(queue()).isEmpty();
    }
}
