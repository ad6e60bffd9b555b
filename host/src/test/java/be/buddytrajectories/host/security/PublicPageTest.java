package be.buddytrajectories.host.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostTesting;
import be.buddytrajectories.host.layout.MainLayout;
import be.buddytrajectories.hostapi.PublicPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicPageTest {

    /** Declared as a plugin declares its newcomer page: public, outside the main layout, a token in the path. */
    @PublicPage
    @Route(value = "n/:token", autoLayout = false)
    public static class NewcomerPage extends Div implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            setText("token " + event.getRouteParameters().get("token").orElse(""));
        }
    }

    private HostTesting host;

    @BeforeEach
    void start() {
        host = HostTesting.start(NewcomerPage.class);
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    @Test
    void anAnonymousVisitorOpensAPublicPageWithoutTheMainLayout() {
        UI.getCurrent().navigate("n/q8Zk3vT0aLmN");

        assertThat(_get(NewcomerPage.class).getText()).isEqualTo("token q8Zk3vT0aLmN");
        assertThat(_find(MainLayout.class)).isEmpty();
        assertThat(_find(LoginView.class)).isEmpty();
    }

    @Test
    void aSignedInBuddyOpensAPublicPageToo() {
        SessionUser.attach(host.bean(UserAccounts.class).signIn("buddy", HostTesting.PASSWORD.toCharArray())
                .orElseThrow());

        UI.getCurrent().navigate("n/q8Zk3vT0aLmN");

        _get(NewcomerPage.class);
    }

    @Test
    void otherPagesStillSendAnonymousVisitorsToSignIn() {
        UI.getCurrent().navigate("people");

        _get(LoginView.class);
    }
}
