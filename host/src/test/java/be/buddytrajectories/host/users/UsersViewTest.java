package be.buddytrajectories.host.users;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.host.HostTesting;
import be.buddytrajectories.host.layout.HomeView;
import be.buddytrajectories.host.security.PermissionDenied;
import be.buddytrajectories.host.security.PermissionDeniedView;
import be.buddytrajectories.host.security.SessionUser;
import be.buddytrajectories.host.security.SignedInUser;
import be.buddytrajectories.host.security.UserAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersViewTest {

    private HostTesting host;

    @BeforeEach
    void start() {
        host = HostTesting.start();
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    private Optional<SignedInUser> signIn(String username) {
        return host.bean(UserAccounts.class).signIn(username, HostTesting.PASSWORD.toCharArray());
    }

    private void openAs(String username, String language) {
        SessionUser.attach(signIn(username).orElseThrow());
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().navigate(UsersView.class);
    }

    @SuppressWarnings("unchecked")
    private void select(String username) {
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        UserAccount account = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        grid.asSingleSelect().setValue(account);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("users-roles"));
    }

    private String message() {
        return _get(Span.class, spec -> spec.withId("users-message")).getText();
    }

    @Test
    void anAdminGivesACoordinatorTheBuddyRoleAndTheChangeIsAuditedAndAppliesAtTheNextSignIn() {
        openAs("admin", "en");
        select("coordinator");
        assertThat(roles().getValue()).containsExactly("COORDINATOR");

        roles().setValue(Set.of("COORDINATOR", "BUDDY"));
        _click(_get(Button.class, spec -> spec.withId("users-save")));

        assertThat(message()).isEqualTo("The roles of coordinator are changed; they apply from the next sign-in.");
        assertThat(signIn("coordinator").orElseThrow().permissions()).contains("buddy.buddy", "buddy.coordinator");
        HostAuditEntry entry = host.bean(UserAdministration.class).auditTrail().get(0);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.action()).isEqualTo(HostAuditAction.ROLES_CHANGED);
        assertThat(entry.subject()).isEqualTo("coordinator");
        assertThat(entry.detail()).isEqualTo("[COORDINATOR] -> [BUDDY, COORDINATOR]");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("users-audit")))).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void rolesAreShownByTheirNameInTheUsersLanguage() {
        openAs("admin", "nl");
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int coordinatorRow = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).username().equals("coordinator")).findFirst().orElseThrow();

        assertThat(GridKt._getFormatted(grid, coordinatorRow, "roles")).isEqualTo("co\u00f6rdinator");
        assertThat(roles().getItemLabelGenerator().apply("ADMIN")).isEqualTo("beheerder");
        assertThat(roles().getItemLabelGenerator().apply("BUDDY")).isEqualTo("buddy");
    }

    @Test
    void theLastAdminCannotLoseTheAdminRoleAndNothingChanges() {
        openAs("admin", "nl");
        select("admin");
        roles().setValue(Set.of("COORDINATOR"));
        _click(_get(Button.class, spec -> spec.withId("users-save")));

        assertThat(message()).isEqualTo("Dit is de laatste beheerder: geef eerst een andere gebruiker de rol ADMIN."
                + " Er is niets gewijzigd.");
        assertThat(signIn("admin").orElseThrow().permissions()).contains("host.admin");
        assertThat(host.bean(UserAdministration.class).auditTrail()).isEmpty();
    }

    @Test
    void anAdminUnlocksAnAccountLockedAfterFailedSignIns() {
        UserAccounts accounts = host.bean(UserAccounts.class);
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.signIn("buddy", "wrong".toCharArray())).isEmpty();
        }
        assertThat(signIn("buddy")).as("locked").isEmpty();
        openAs("admin", "en");
        select("buddy");
        Button unlock = _get(Button.class, spec -> spec.withId("users-unlock"));
        assertThat(unlock.isEnabled()).isTrue();

        _click(unlock);

        assertThat(message()).isEqualTo("buddy is unlocked and can sign in again.");
        assertThat(signIn("buddy")).isPresent();
        assertThat(host.bean(UserAdministration.class).auditTrail().get(0).action())
                .isEqualTo(HostAuditAction.UNLOCKED);
    }

    @Test
    void aCoordinatorNeitherOpensTheScreenNorChangesRolesThroughTheService() {
        SessionUser.attach(signIn("coordinator").orElseThrow());
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(UsersView.class);
        _get(PermissionDeniedView.class);

        UserAdministration administration = host.bean(UserAdministration.class);
        long coordinatorId = SessionUser.signedIn().orElseThrow().userId();
        assertThatThrownBy(() -> administration.changeRoles(coordinatorId, Set.of("ADMIN")))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(administration::accounts).isInstanceOf(PermissionDenied.class);
        assertThat(signIn("coordinator").orElseThrow().permissions()).doesNotContain("host.admin");
    }
}
