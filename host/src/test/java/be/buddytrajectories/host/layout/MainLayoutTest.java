package be.buddytrajectories.host.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostTesting;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import be.buddytrajectories.host.people.PeopleView;
import be.buddytrajectories.host.security.PermissionDeniedView;
import be.buddytrajectories.host.security.SessionUser;
import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.MenuContributor;
import be.buddytrajectories.hostapi.MenuEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainLayoutTest {

    /** Stands in for a plugin's menu. */
    @ApplicationScoped
    static class PluginMenu implements MenuContributor {
        @Override
        public List<MenuEntry> menuEntries(Locale locale) {
            return List.of(new MenuEntry("buddy", locale.getLanguage().equals("en") ? "Buddy trajectories"
                    : "Buddytrajecten", "vaadin:handshake", "buddy.coordinator", 1000, "Duo's opvolgen."));
        }
    }

    private HostTesting host;

    @BeforeEach
    void start() {
        host = HostTesting.start(PluginMenu.class);
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    private void signIn(String username) {
        SessionUser.attach(host.bean(UserAccounts.class).signIn(username, HostTesting.PASSWORD.toCharArray())
                .orElseThrow());
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(HomeView.class);
    }

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void coordinatorSeesThePluginEntryBesideTheHostEntries() {
        signIn("coordinator");

        assertThat(menu()).containsExactly("Start", "Personen", "Buddytrajecten");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTopBarStaysOneLineOnAPhoneWithTheLanguageAsAShortCode() {
        signIn("coordinator");

        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-select"));
        assertThat(language.getItemLabelGenerator().apply(language.getValue())).isEqualTo("NL");
        assertThat(language.getWidth()).isEqualTo("5.5em");
        HorizontalLayout navbar = (HorizontalLayout) language.getParent().orElseThrow().getParent().orElseThrow();
        assertThat(navbar.getStyle().get("flex-wrap")).isEqualTo("nowrap");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getStyle().get("text-overflow"))
                .isEqualTo("ellipsis");
    }

    @Test
    void buddySeesNeitherPeopleNorCoordinatorEntries() {
        signIn("buddy");

        assertThat(menu()).containsExactly("Start");
    }

    @Test
    void theStartPageOffersACardForEachScreenTheRoleOpensWithWhatItIsFor() {
        signIn("coordinator");

        assertThat(_find(Anchor.class, spec -> spec.withId("home-buddy"))).singleElement()
                .satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains("Buddytrajecten",
                        "Duo's opvolgen."));
        assertThat(_find(Anchor.class, spec -> spec.withId("home-people"))).singleElement()
                .satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains("adressenbestand"));
        assertThat(_find(Anchor.class, spec -> spec.withId("home-plugins"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("home-home"))).isEmpty();
    }

    @Test
    void anAdminsStartPageOffersUsersAndPlugins() {
        signIn("admin");

        assertThat(_find(Anchor.class, spec -> spec.withId("home-plugins"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("home-users"))).hasSize(1);
    }

    @Test
    void aBuddysStartPageOffersNoneOfTheCoordinatorsScreens() {
        signIn("buddy");

        assertThat(_find(Anchor.class, spec -> spec.withId("home-people"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("home-buddy"))).isEmpty();
    }

    @Test
    void buddyTypingThePeopleAddressGetsNoAccess() {
        signIn("buddy");

        UI.getCurrent().navigate("people");

        _get(PermissionDeniedView.class);
        assertThat(_find(PeopleView.class)).isEmpty();
    }
}
