package be.buddytrajectories.ui.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.mail.Audience;
import be.buddytrajectories.core.mail.IntroductionInput;
import be.buddytrajectories.core.mail.MailAdmin;
import be.buddytrajectories.core.mail.MailIntroductions;
import be.buddytrajectories.core.mail.MailKind;
import be.buddytrajectories.core.mail.MailSender;
import be.buddytrajectories.core.mail.MailState;
import be.buddytrajectories.core.mail.OutgoingMail;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.MailNotSent;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class MailAdminViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aMailTheServerRefusedShowsTheServersAnswerAndIsSentAfterTheAdminsRetry() {
        Trajectory duo = f.proposed("Amina", f.buddyWithAddress("Lotte", "lotte@example.org"));
        f.bean(MailIntroductions.class).introduce(duo.id(), new IntroductionInput(null, false));
        f.mailRefusal = new MailNotSent("550 5.1.1 <lotte@example.org>: Recipient address rejected", true, null);
        f.bean(MailSender.class).sendDue();
        f.signInAdmin();

        UI.getCurrent().navigate(MailAdminView.class);
        Span figures = _get(Span.class, spec -> spec.withId("buddy-mail-figures"));
        assertThat(figures.getElement().getAttribute("data-failed")).isEqualTo("1");
        assertThat(figures.getText()).contains("mislukt: 1");
        Grid<OutgoingMail> queue = _get(Grid.class, spec -> spec.withId("buddy-mail-queue"));
        OutgoingMail failed = queue.getListDataView().getItem(0);
        assertThat(failed.lastError()).hasValue("550 5.1.1 <lotte@example.org>: Recipient address rejected");

        f.mailRefusal = null;
        _click(_get(Button.class, spec -> spec.withId("buddy-mail-retry-failed")));
        f.bean(MailSender.class).sendDue();
        _click(_get(Button.class, spec -> spec.withId("buddy-mail-reload")));

        assertThat(figures.getElement().getAttribute("data-sent")).isEqualTo("1");
        assertThat(f.mails).singleElement().satisfies(m -> assertThat(m.to()).isEqualTo("lotte@example.org"));
    }

    @Test
    void theAdminRewordsAMailAndSwitchesAKindOff() {
        f.signInAdmin();
        UI.getCurrent().navigate(MailAdminView.class);
        _setValue(_get(Select.class, spec -> spec.withId("buddy-mail-wording-kind")), MailKind.NO_CONTACT_REMINDER);
        assertThat(_get(TextField.class, spec -> spec.withId("buddy-mail-wording-subject")).getValue())
                .isEqualTo("Hoe gaat het met {partner}?");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-mail-wording-placeholders")).getText())
                .isEqualTo("Plaatshouders: {firstName} {partner} {days} {link}");

        _setValue(_get(TextField.class, spec -> spec.withId("buddy-mail-wording-subject")), "Even bijpraten?");
        _setValue(_get(TextArea.class, spec -> spec.withId("buddy-mail-wording-body")), "Dag {firstName}, {days} dagen.");
        _click(_get(Button.class, spec -> spec.withId("buddy-mail-wording-save")));
        assertThat(f.bean(MailAdmin.class).wording(MailKind.NO_CONTACT_REMINDER, Audience.BUDDY, "nl").subject())
                .isEqualTo("Even bijpraten?");

        _setValue(_get(TextField.class, spec -> spec.withId("buddy-mail-wording-subject")), "");
        _click(_get(Button.class, spec -> spec.withId("buddy-mail-wording-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("buddy-mail-wording-subject")).getErrorMessage())
                .isEqualTo("Vul een onderwerp in.");

        _click(_get(Button.class, spec -> spec.withId("buddy-mail-wording-restore")));
        assertThat(_get(TextField.class, spec -> spec.withId("buddy-mail-wording-subject")).getValue())
                .isEqualTo("Hoe gaat het met {partner}?");

        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-mail-kind-WEEKLY_DIGEST")), false);
        assertThat(f.bean(MailAdmin.class).kinds()).containsEntry(MailKind.WEEKLY_DIGEST, false)
                .containsEntry(MailKind.THANK_YOU, true);
        assertThat(f.bean(MailAdmin.class).figures()).containsEntry(MailState.PENDING, 0L);
    }
}
