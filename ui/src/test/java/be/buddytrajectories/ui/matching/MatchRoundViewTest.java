package be.buddytrajectories.ui.matching;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.search.round.Proposal;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchRoundViewTest {

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
    void theRoundIsShownForReviewAndPublishedAsProposals() {
        long lotte = f.buddy("Lotte");
        Trajectory amina = f.waiting("Amina", false);
        f.awaitIndexed();
        UI.getCurrent().navigate(MatchRoundView.class);
        _click(_get(Button.class, spec -> spec.withId("buddy-round-run")));

        Grid<Proposal> grid = _get(Grid.class, spec -> spec.withId("buddy-round-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).buddyId()).isEqualTo(Long.toString(lotte));
        assertThat(f.bean(TrajectoryService.class).find(amina.id()).status()).isEqualTo(TrajectoryStatus.WAITING);

        _click(_get(Button.class, spec -> spec.withId("buddy-round-publish")));
        assertThat(f.bean(TrajectoryService.class).find(amina.id()).status()).isEqualTo(TrajectoryStatus.PROPOSED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("buddy-round-published")).getText())
                .startsWith("1 voorstel(len) gepubliceerd.");
    }

    @Test
    void buddyIsRefusedTheMatchRound() {
        f.signInBuddy(7L);
        UI.getCurrent().navigate(MatchRoundView.class);

        _assertNone(MatchRoundView.class);
        _get(AccessDeniedView.class);
    }
}
