package be.buddytrajectories.host.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostTesting;
import be.buddytrajectories.host.layout.HomeView;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginViewTest {

    private HostTesting host;

    @BeforeEach
    void start() {
        host = HostTesting.start();
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    @Test
    void anonymousUsersAreSentToTheSignInPage() {
        UI.getCurrent().navigate("people");

        _get(LoginView.class);
    }

    @Test
    void aWrongPasswordShowsOneClearMessageAndSignsNobodyIn() {
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);

        LoginFormKt._login(form, "coordinator", "wrong");

        assertThat(form.isError()).isTrue();
        assertThat(SessionUser.signedIn()).isEmpty();
    }

    @Test
    void theRightPasswordSignsInAndOpensTheStartPage() {
        UI.getCurrent().navigate(LoginView.class);

        LoginFormKt._login(_get(LoginForm.class), "coordinator", HostTesting.PASSWORD);

        assertThat(SessionUser.signedIn()).hasValueSatisfying(user -> {
            assertThat(user.username()).isEqualTo("coordinator");
            assertThat(user.permissions()).contains("buddy.coordinator", "host.people").doesNotContain("host.admin");
        });
        _get(HomeView.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        UserAccounts accounts = host.bean(UserAccounts.class);
        for (int i = 0; i < UserAccounts.MAX_FAILURES; i++) {
            assertThat(accounts.signIn("buddy", "nope".toCharArray())).isEmpty();
        }

        assertThat(accounts.signIn("buddy", HostTesting.PASSWORD.toCharArray())).isEmpty();
        assertThat(accounts.signIn("coordinator", HostTesting.PASSWORD.toCharArray())).isPresent();
    }
}
