package be.buddytrajectories.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogViewTest {

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
    @SuppressWarnings("unchecked")
    void adminSeesWhoReadAnIntake() {
        Trajectory amina = f.waiting("Amina", false);
        f.bean(NewcomerIntakeService.class).find(amina.newcomerId());
        f.signInAdmin();
        UI.getCurrent().navigate(AuditLogView.class);

        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("buddy-audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).action()).isEqualTo(AuditAction.READ_INTAKE);
        assertThat(GridKt._getFormatted(grid.getColumns().get(2), GridKt._get(grid, 0))).isEqualTo("intake gelezen");
    }

    @Test
    void coordinatorIsRefusedTheAuditLog() {
        f.signInCoordinator();
        UI.getCurrent().navigate(AuditLogView.class);

        _assertNone(AuditLogView.class);
        _get(AccessDeniedView.class);
    }
}
