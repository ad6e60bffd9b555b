package be.buddytrajectories.ui.check;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.proof.IssuedProof;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.token.RequestRateLimit;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProofCheckViewTest {

    private ViewFixture f;
    private Trajectory duo;
    private IssuedProof proof;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        duo = f.active("Amina", f.buddy("Lotte"));
        f.bean(ContactService.class).log(new ContactInput(duo.id(), ViewFixture.TODAY, 90, ActivityType.WALK, true,
                false, null, "vertelde over haar familie"));
        f.bean(ProofService.class).pdf(duo.id(), Locale.forLanguageTag("nl"));
        proof = f.bean(ProofService.class).issued(duo.id()).get(0);
        f.user.signOut();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    /** The page in Dutch (the test browser asks for English). */
    private static void open(String path) {
        UI.getCurrent().navigate(path, QueryParameters.of("lang", "nl"));
    }

    private static String page() {
        return _get(VerticalLayout.class, spec -> spec.withId("buddy-check")).getElement().getTextRecursively();
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void aValidCodeFromTheQrLinkShowsPeriodHoursTargetAndIssueDateButNoNameOrDiary() {
        open("buddy/check/" + proof.code());

        _assertOne(Div.class, spec -> spec.withId("buddy-check-valid"));
        assertThat(text("buddy-check-programme")).contains("participatie- en netwerktraject");
        assertThat(text("buddy-check-period")).startsWith("Periode: ").contains("2026");
        assertThat(text("buddy-check-hours")).isEqualTo(
                "Uren: 1,5 (waarvan 1,5 bevestigd door de coördinator of de nieuwkomer)");
        assertThat(text("buddy-check-target")).isEqualTo("Urendoel van 40 uur: niet bereikt");
        assertThat(text("buddy-check-issued")).startsWith("Uitgereikt op ");
        assertThat(page()).doesNotContain("Amina").doesNotContain("Lotte").doesNotContain("familie")
                .doesNotContain("Ilse Verstraete").doesNotContain("wandel");
        _assertNone(Paragraph.class, spec -> spec.withId("buddy-check-unknown"));
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesIsCheckedInEnglish() {
        UI.getCurrent().navigate("buddy/check", QueryParameters.of("lang", "en"));
        _assertNone(Div.class, spec -> spec.withId("buddy-check-valid"));

        _setValue(_get(TextField.class, spec -> spec.withId("buddy-check-code")),
                " " + proof.code().replace("-", " ").toLowerCase(Locale.ROOT));
        _click(_get(Button.class, spec -> spec.withId("buddy-check-submit")));

        _assertOne(Div.class, spec -> spec.withId("buddy-check-valid"));
        assertThat(text("buddy-check-hours")).isEqualTo(
                "Hours: 1.5 (of which 1.5 confirmed by the coordinator or the newcomer)");
        assertThat(page()).contains("This proof is valid");
    }

    @Test
    void aRevokedCodeGetsTheSameNeutralAnswerAsAnUnknownOne() {
        open("buddy/check/" + (proof.code().equals("K7QM-4TXP-9D") ? "K7QM-4TXP-9E"
                : "K7QM-4TXP-9D"));
        String unknown = text("buddy-check-unknown");
        f.signInCoordinator();
        f.bean(ProofService.class).revoke(proof.id());
        f.user.signOut();

        open("buddy/check/" + proof.code());

        assertThat(text("buddy-check-unknown")).isEqualTo(unknown).contains("niet bij een geldig bewijs");
        _assertNone(Div.class, spec -> spec.withId("buddy-check-valid"));
    }

    @Test
    void anEmptyCodeIsAskedForAndNothingIsChecked() {
        open("buddy/check");

        _click(_get(Button.class, spec -> spec.withId("buddy-check-submit")));

        TextField code = _get(TextField.class, spec -> spec.withId("buddy-check-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Typ de code die op het bewijs staat.");
        _assertNone(Paragraph.class, spec -> spec.withId("buddy-check-unknown"));
    }

    @Test
    void tooManyChecksFromOneAddressAskToWaitAMinuteEvenForAValidCode() {
        open("buddy/check");
        TextField code = _get(TextField.class, spec -> spec.withId("buddy-check-code"));
        for (int i = 0; i < RequestRateLimit.PER_MINUTE; i++) {
            _setValue(code, "AAAA-AAAA-A" + (char) ('2' + i % 8));
            _click(_get(Button.class, spec -> spec.withId("buddy-check-submit")));
        }
        _assertNone(Paragraph.class, spec -> spec.withId("buddy-check-slow-down"));

        _setValue(code, proof.code());
        _click(_get(Button.class, spec -> spec.withId("buddy-check-submit")));

        _assertOne(Paragraph.class, spec -> spec.withId("buddy-check-slow-down"));
        _assertNone(Div.class, spec -> spec.withId("buddy-check-valid"));
        f.clock.advanceDays(1);
        _click(_get(Button.class, spec -> spec.withId("buddy-check-submit")));
        _assertOne(Div.class, spec -> spec.withId("buddy-check-valid"));
    }
}
