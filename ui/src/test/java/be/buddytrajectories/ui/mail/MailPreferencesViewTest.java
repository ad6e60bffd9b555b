package be.buddytrajectories.ui.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.mail.MailKind;
import be.buddytrajectories.core.mail.MailPreferences;
import be.buddytrajectories.core.mail.SignedLinks;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailPreferencesViewTest {

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
    void aBuddyWithoutAnAccountStopsRemindersThroughTheLinkInAMail() {
        long buddy = f.buddyWithAddress("Lotte", "lotte@example.org");
        String link = f.bean(SignedLinks.class).sign("o-" + buddy + "-buddy");
        f.user.signOut();

        UI.getCurrent().navigate(MailPreferences.PATH + "/" + link);
        Checkbox reminders = _get(Checkbox.class, spec -> spec.withId("buddy-mail-preferences-NO_CONTACT_REMINDER"));
        assertThat(reminders.getValue()).isTrue();
        _assertNone(Checkbox.class, spec -> spec.withId("buddy-mail-preferences-WEEKLY_DIGEST"));
        _setValue(reminders, false);

        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-mail-preferences-saved")).getText())
                .isEqualTo("Je krijgt niet meer: Herinnering na een stille periode.");
        assertThat(f.bean(MailPreferences.class).of(link)).get()
                .satisfies(c -> assertThat(c.wanted()).containsEntry(MailKind.NO_CONTACT_REMINDER, false)
                        .containsEntry(MailKind.THANK_YOU, true));

        _click(_get(Button.class, spec -> spec.withId("buddy-mail-preferences-language-en")));
        assertThat(_get(Checkbox.class, spec -> spec.withId("buddy-mail-preferences-NO_CONTACT_REMINDER")).getLabel())
                .isEqualTo("Reminder after a quiet spell");
    }

    @Test
    void aChangedOrMadeUpLinkGetsAFriendlySentenceAndNoChoices() {
        long buddy = f.buddyWithAddress("Wout", "wout@example.org");
        String link = f.bean(SignedLinks.class).sign("o-" + buddy + "-buddy");

        for (String wrong : new String[] {link.replace("o-" + buddy, "o-" + (buddy + 1)), "o-1-buddy.abc", "x"}) {
            UI.getCurrent().navigate(MailPreferences.PATH + "/" + wrong);
            assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-mail-preferences-unknown")).getText())
                    .startsWith("Deze link werkt niet (meer).");
            _assertNone(Checkbox.class);
        }
    }
}
