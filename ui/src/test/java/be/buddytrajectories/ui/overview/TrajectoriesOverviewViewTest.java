package be.buddytrajectories.ui.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import be.buddytrajectories.hostapi.testing.InMemoryPeopleDirectory;
import be.buddytrajectories.hostapi.testing.KaribuWeld;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.BuddyTranslations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrajectoriesOverviewViewTest {

    private final FakeCurrentUser user = new FakeCurrentUser();
    private final InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
    private TestDatabases.TestDatabase database;
    private KaribuWeld karibu;

    @BeforeEach
    void start() {
        database = TestDatabases.h2();
        people.add(PersonKind.VOLUNTEER, "Lotte", "Claes");
        people.add(PersonKind.VOLUNTEER, "Wout", "Maes");
        people.add(PersonKind.NEWCOMER, "Amina", "Haddad");
        karibu = KaribuWeld.start(
                Set.of(BuddyDatabase.class, AccessGuard.class, ProgrammeOverview.class, BuddyTranslations.class),
                Set.of(TrajectoriesOverviewView.class), Set.of(AccessDeniedView.class),
                Map.of(CurrentUser.class, user, PeopleDirectory.class, people,
                        HostDatabase.class, new TestHostDatabase(database)));
    }

    @AfterEach
    void stop() throws Exception {
        karibu.close();
        database.close();
    }

    @Test
    void coordinatorSeesTheDirectoryCountsAndTheHoursTarget() {
        user.signIn("coordinator", null, "buddy.coordinator");
        UI.getCurrent().navigate(TrajectoriesOverviewView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Buddytrajecten");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-volunteer-count")).getText()).isEqualTo("2");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-newcomer-count")).getText()).isEqualTo("1");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-hours-target")).getText()).isEqualTo("40");
    }

    @Test
    void titleIsEnglishForAnEnglishSpeakingUser() {
        user.signIn("coordinator", null, "buddy.coordinator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(TrajectoriesOverviewView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Buddy trajectories");
    }

    @Test
    void buddyIsRefusedByTheServiceEvenWithoutTheHostsNavigationCheck() {
        user.signIn("buddy", 7L, "buddy.buddy");
        UI.getCurrent().navigate(TrajectoriesOverviewView.class);

        _assertNone(TrajectoriesOverviewView.class);
        _get(AccessDeniedView.class, spec -> spec.withId("buddy-access-denied"));
        assertThat(_get(H2.class).getText()).isEqualTo("Geen toegang");
    }
}
