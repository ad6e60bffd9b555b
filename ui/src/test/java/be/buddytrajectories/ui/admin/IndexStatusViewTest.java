package be.buddytrajectories.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.outbox.IndexHostStatus;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.Notices;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexStatusViewTest {

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
    void aRebuildIsPolledUntilTheProgressBarIsFull() throws Exception {
        f.buddy("Lotte");
        f.buddy("Wout");
        f.awaitIndexed();
        f.signInAdmin();
        UI.getCurrent().navigate(IndexStatusView.class);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-index-documents")).getText())
                .isEqualTo("Buddyprofielen in de index: 2");

        _click(_get(Button.class, spec -> spec.withId("buddy-index-rebuild")));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(IndexStatusView.POLL_MILLIS);
        long deadline = System.currentTimeMillis() + 10_000;
        while (f.bean(ProfileIndexer.class).status().rebuilding() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(_get(ProgressBar.class, spec -> spec.withId("buddy-index-progress")).getValue()).isEqualTo(1.0);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-index-state")).getText()).isEqualTo("De index is klaar.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        Grid<IndexHostStatus> hosts = _get(Grid.class, spec -> spec.withId("buddy-index-hosts"));
        assertThat(GridKt._size(hosts)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(hosts, 0).get(0)).endsWith("(deze host)");
        assertThat(GridKt._getFormattedRow(hosts, 0).get(1)).isEqualTo("2");
        assertThat(GridKt._getFormattedRow(hosts, 0).get(2)).isEqualTo("0");
        assertThat(GridKt._getFormattedRow(hosts, 0).get(4)).isEqualTo("De index is klaar.");
    }

    @Test
    void aCoordinatorsRebuildIsRefusedByTheService() {
        f.awaitIndexed();
        UI.getCurrent().navigate(IndexStatusView.class);
        _click(_get(Button.class, spec -> spec.withId("buddy-index-rebuild")));

        assertThat(Notices.texts()).contains("Je rol laat dit niet toe. Vraag het aan een coördinator of beheerder als je het nodig hebt.");
    }

    @Test
    void buddyIsRefusedTheIndexStatus() {
        f.signInBuddy(7L);
        UI.getCurrent().navigate(IndexStatusView.class);

        _assertNone(IndexStatusView.class);
        _get(AccessDeniedView.class);
    }
}
