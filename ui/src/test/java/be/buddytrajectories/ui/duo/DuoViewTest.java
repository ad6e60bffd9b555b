package be.buddytrajectories.ui.duo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.mail.MailSender;
import be.buddytrajectories.core.proof.IssuedProof;
import be.buddytrajectories.core.proof.ProofCheckService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.Downloads;
import be.buddytrajectories.ui.testing.Notices;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class DuoViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private String status() {
        return _get(Span.class, spec -> spec.withId("buddy-duo-status")).getText();
    }

    @Test
    void anAcceptedProposalStartsWithItsAgreementAndAnEmptyAgreementIsRefusedAtTheFields() {
        Trajectory proposed = f.proposed("Amina", f.buddy("Lotte"));
        UI.getCurrent().navigate(DuoView.class, proposed.id());
        _click(_get(Button.class, spec -> spec.withId("buddy-accept")));
        assertThat(status()).isEqualTo("aanvaard");
        _assertNone(UnorderedList.class, spec -> spec.withId("buddy-proposal-reasons"));
        for (String id : List.of("buddy-agreement-goals", "buddy-agreement-rhythm", "buddy-agreement-contact-person")) {
            assertThat(_get(AbstractField.class, spec -> spec.withId(id)).isRequiredIndicatorVisible()).as(id).isTrue();
        }
        assertThat(_get(AbstractField.class, spec -> spec.withId("buddy-agreement-referrals"))
                .isRequiredIndicatorVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("buddy-start")));

        for (String id : List.of("buddy-agreement-goals", "buddy-agreement-rhythm", "buddy-agreement-contact-person")) {
            assertThat(((HasValidation) _get(AbstractField.class, spec -> spec.withId(id))).isInvalid()).as(id)
                    .isTrue();
        }
        assertThat(Notices.texts()).contains("3 velden vragen aandacht.");
        assertThat(_get(TextArea.class, spec -> spec.withId("buddy-agreement-goals")).getErrorMessage())
                .isEqualTo("Noteer de doelen van het duo.");
        assertThat(_get(TextField.class, spec -> spec.withId("buddy-agreement-contact-person")).getErrorMessage())
                .isEqualTo("Vermeld de contactpersoon van het programma.");
        assertThat(status()).isEqualTo("aanvaard");

        _setValue(_get(TextArea.class, spec -> spec.withId("buddy-agreement-goals")), "Nederlands oefenen");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-agreement-rhythm")), "wekelijks");
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-agreement-contact-person")), "Ilse");
        _click(_get(Button.class, spec -> spec.withId("buddy-start")));
        assertThat(status()).isEqualTo("actief");
    }

    @Test
    void loggingAContactMovesTheHoursTowardTheTarget() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        UI.getCurrent().navigate(DuoView.class, duo.id());
        assertThat(_get(Span.class, spec -> spec.withId("buddy-hours-text")).getText()).isEqualTo("0 van 40 uur");

        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-contact-minutes")), 90);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-contact-activity")), ActivityType.WALK);
        _click(_get(Button.class, spec -> spec.withId("buddy-contact-save")));

        assertThat(_get(Span.class, spec -> spec.withId("buddy-hours-text")).getText()).isEqualTo("1,5 van 40 uur");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("buddy-hours-bar")).getValue()).isEqualTo(1.5);
        assertThat(_get(ProgressBar.class, spec -> spec.withId("buddy-hours-bar")).getWidth())
                .as("no wider than a phone").isEqualTo("min(24em, 100%)");
    }

    @Test
    void theCoordinatorConfirmsAnotherActivityWhichCountsTowardTheHoursOnlyWhenTheProgrammeSaysSo() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        UI.getCurrent().navigate(DuoView.class, duo.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-other-activities-count")).getText())
                .startsWith("Het programma telt deze activiteiten niet mee");

        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-other-activity-minutes")), 120);
        _click(_get(Button.class, spec -> spec.withId("buddy-other-activity-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("buddy-other-activity-description")).isInvalid())
                .as("what the newcomer did is asked for").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("buddy-other-activity-description")), "Taalcafé in de bib");
        _click(_get(Button.class, spec -> spec.withId("buddy-other-activity-save")));

        assertThat(_get(Span.class, spec -> spec.withId("buddy-hours-text")).getText()).isEqualTo("0 van 40 uur");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-hours-parts")).getText())
                .isEqualTo("Ontmoetingen 0 u · groepsactiviteiten 0 u (tellen niet mee) · andere activiteiten 2 u "
                        + "(tellen niet mee)");
        Grid<?> activities = _get(Grid.class, spec -> spec.withId("buddy-other-activities"));
        assertThat(GridKt._size(activities)).isEqualTo(1);

        f.countOtherActivities();
        UI.getCurrent().navigate(DuoView.class, duo.id());
        assertThat(_get(Span.class, spec -> spec.withId("buddy-hours-text")).getText()).isEqualTo("2 van 40 uur");
    }

    @Test
    void aStartedDuoOffersItsProofOfParticipationAsAPdfDownload() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        UI.getCurrent().navigate(DuoView.class, duo.id());

        Anchor proof = _get(Anchor.class, spec -> spec.withId("buddy-proof-pdf"));
        assertThat(proof.getText()).isEqualTo("Bewijs van deelname (PDF)");
        assertThat(proof.getHref()).isNotBlank();
        assertThat(proof.getElement().hasAttribute("download")).isTrue();
        assertThat(new String(Downloads.of(proof), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aContactWithoutActivityOrWithTooFewMinutesIsRefusedAtTheFields() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        UI.getCurrent().navigate(DuoView.class, duo.id());
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-contact-minutes")), 2);
        _click(_get(Button.class, spec -> spec.withId("buddy-contact-save")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-contact-minutes")).getErrorMessage())
                .isEqualTo("Een ontmoeting duurt tussen 5 en 720 minuten.");
        assertThat(_get(ComboBox.class, spec -> spec.withId("buddy-contact-activity")).getErrorMessage())
                .isEqualTo("Kies wat jullie samen gedaan hebben.");
    }

    @Test
    void pausingNeedsAReasonAndResumingAndClosingFollowTheLifecycle() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        UI.getCurrent().navigate(DuoView.class, duo.id());
        _click(_get(Button.class, spec -> spec.withId("buddy-pause")));
        assertThat(Notices.texts()).contains("Geef aan waarom het duo pauzeert.");

        _setValue(_get(TextField.class, spec -> spec.withId("buddy-pause-reason")), "examens");
        _click(_get(Button.class, spec -> spec.withId("buddy-pause")));
        assertThat(status()).isEqualTo("gepauzeerd");
        _click(_get(Button.class, spec -> spec.withId("buddy-resume")));
        assertThat(status()).isEqualTo("actief");

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-close-reason")), EndReason.MOVED);
        _click(_get(Button.class, spec -> spec.withId("buddy-close")));
        assertThat(status()).isEqualTo("afgesloten");
    }

    @Test
    void checkInPulseOutOfRangeIsRefusedAtTheField() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        UI.getCurrent().navigate(DuoView.class, duo.id());
        _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-check-in-pulse")), 7);
        _click(_get(Button.class, spec -> spec.withId("buddy-check-in-save")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("buddy-check-in-pulse")).getErrorMessage())
                .isEqualTo("Geef de klik een score van 1 tot 5.");
    }

    @Test
    void aDuoThatDoesNotExistGetsASentenceInsteadOfAStackTrace() {
        f.signInCoordinator();
        UI.getCurrent().navigate(DuoView.class, 4242L);

        _assertNone(DuoView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-refused-reason")).getText())
                .isEqualTo("De trajectory met id 4242 bestaat niet (meer).");
    }

    @Test
    void aBuddyIsRefusedTheCoordinatorsDuoPageEvenOfHisOwnDuo() {
        long lotte = f.buddy("Lotte");
        Trajectory duo = f.active("Amina", lotte);
        f.signInBuddy(lotte);
        UI.getCurrent().navigate(DuoView.class, duo.id());

        _assertNone(DuoView.class);
        _get(AccessDeniedView.class);
    }

    @Test
    void theCoordinatorIntroducesAProposedDuoByMailWithHisOwnMessage() {
        Trajectory proposed = f.proposed("Amina", f.buddyWithAddress("Lotte", "lotte@example.org"));
        UI.getCurrent().navigate(DuoView.class, proposed.id());
        _setValue(_get(TextArea.class, spec -> spec.withId("buddy-duo-introduction-message")),
                "Jullie houden allebei van voetbal.");
        _click(_get(Button.class, spec -> spec.withId("buddy-duo-introduction-send")));
        f.bean(MailSender.class).sendDue();

        assertThat(f.mails).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("lotte@example.org");
            assertThat(mail.subject()).isEqualTo("Maak kennis met Amina, je mogelijke buddy");
            assertThat(mail.body()).contains("Jullie houden allebei van voetbal.", "https://buddy.example.org/buddy/me");
        });
    }

    @Test
    void theDuoScreenListsTheProofsIssuedWithTheirCodesAndTheCoordinatorRevokesOne() {
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        ProofService proofs = f.bean(ProofService.class);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        List<IssuedProof> issued = proofs.issued(duo.id());
        UI.getCurrent().navigate(DuoView.class, duo.id());
        String list = _get(VerticalLayout.class, spec -> spec.withId("buddy-duo-proofs")).getElement()
                .getTextRecursively();
        assertThat(list).contains(issued.get(0).code(), issued.get(1).code());

        _click(_get(Button.class, spec -> spec.withId("buddy-proof-revoke-" + issued.get(1).id())));

        assertThat(Notices.texts()).anySatisfy(text -> assertThat(text).contains(issued.get(1).code())
                .contains("ingetrokken"));
        _assertNone(Button.class, spec -> spec.withId("buddy-proof-revoke-" + issued.get(1).id()));
        _get(Button.class, spec -> spec.withId("buddy-proof-revoke-" + issued.get(0).id()));
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("buddy-duo-proof-" + issued.get(1).id()))
                .getElement().getTextRecursively()).contains("ingetrokken");
        assertThat(f.bean(ProofCheckService.class).check(issued.get(1).code())).isEmpty();
        assertThat(f.bean(ProofCheckService.class).check(issued.get(0).code())).isPresent();
    }

    @Test
    void theDuoShowsItsCoordinatorAndHandsItToAnotherOnlyWhenOneIsChosen() {
        Person yara = f.people.add(PersonKind.VOLUNTEER, "Yara", "Peeters");
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        // Yara coordinates another duo: that makes her one of the coordinators to choose from.
        Trajectory other = f.waiting("Omar", false);
        f.bean(TrajectoryService.class).assignCoordinator(other.id(), other.version(), yara.id());
        f.signInCoordinator();
        UI.getCurrent().navigate(DuoView.class, duo.id());
        assertThat(_get(Span.class, spec -> spec.withId("buddy-duo-coordinator")).getText()).isEqualTo("#900001");

        _click(_get(Button.class, spec -> spec.withId("buddy-duo-coordinator-save")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("buddy-duo-coordinator-change")).getErrorMessage())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(f.bean(TrajectoryService.class).find(duo.id()).coordinatorId()).contains(900_001L);

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-duo-coordinator-change")), yara.id());
        _click(_get(Button.class, spec -> spec.withId("buddy-duo-coordinator-save")));

        assertThat(_get(Span.class, spec -> spec.withId("buddy-duo-coordinator")).getText()).isEqualTo("Yara Peeters");
        assertThat(f.bean(TrajectoryService.class).find(duo.id()).coordinatorId()).contains(yara.id());
        assertThat(status()).isEqualTo("actief");
    }
}
