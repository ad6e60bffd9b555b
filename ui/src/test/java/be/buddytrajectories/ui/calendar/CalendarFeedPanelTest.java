package be.buddytrajectories.ui.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.ui.selfservice.MyDuosView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class CalendarFeedPanelTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        long lotte = f.buddy("Lotte");
        f.active("Amina", lotte);
        f.signInBuddy(lotte);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
    }

    @Test
    void theBuddyMakesACalendarLinkToCopyAndItServesHisAgenda() {
        UI.getCurrent().navigate(MyDuosView.class);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-me-calendar-status")).getText())
                .isEqualTo("Je hebt geen agendalink.");

        _click(_get(Button.class, spec -> spec.withId("buddy-me-calendar-create")));

        String link = _get(TextField.class, spec -> spec.withId("buddy-me-calendar-link")).getValue();
        assertThat(link).startsWith("https://buddy.example.org/buddy/agenda/").endsWith(".ics");
        String ics = new String(f.bean(CalendarFeedService.class).feed(token(link)).orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(ics).contains("SUMMARY:Opvolging van je duo met Amina").doesNotContain("Haddad");
    }

    @Test
    void aNewCalendarLinkReplacesTheOldOneAndRevokingEndsIt() {
        UI.getCurrent().navigate(MyDuosView.class);
        _click(_get(Button.class, spec -> spec.withId("buddy-me-calendar-create")));
        String old = _get(TextField.class, spec -> spec.withId("buddy-me-calendar-link")).getValue();

        _click(_get(Button.class, spec -> spec.withId("buddy-me-calendar-create")));
        String replaced = _get(TextField.class, spec -> spec.withId("buddy-me-calendar-link")).getValue();

        CalendarFeedService feeds = f.bean(CalendarFeedService.class);
        assertThat(feeds.feed(token(old))).isEmpty();
        assertThat(feeds.feed(token(replaced))).isPresent();
        _click(_get(Button.class, spec -> spec.withId("buddy-me-calendar-revoke")));
        assertThat(feeds.feed(token(replaced))).isEmpty();
        _assertNone(TextField.class, spec -> spec.withId("buddy-me-calendar-link"));
    }
}
