package be.buddytrajectories.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.matching.HostIndex;
import be.buddytrajectories.core.schedule.Job;
import be.buddytrajectories.core.schedule.JobStatus;
import be.buddytrajectories.core.schedule.ScheduledJobs;
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
import java.time.Duration;
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
        Grid<HostIndex> hosts = _get(Grid.class, spec -> spec.withId("buddy-index-hosts"));
        assertThat(GridKt._size(hosts)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(hosts, 0).get(0)).endsWith("(deze host)");
        assertThat(GridKt._getFormattedRow(hosts, 0).get(1)).isEqualTo("2");
        assertThat(GridKt._getFormattedRow(hosts, 0).get(2)).isEqualTo("0");
        assertThat(GridKt._getFormattedRow(hosts, 0).get(4)).isEqualTo("De index is klaar.");
    }

    @Test
    void theBackgroundJobsShowTheirLastRunAndItsHost() {
        ScheduledJobs jobs = f.bean(ScheduledJobs.class);
        Job sending = new Job("mail-send", Duration.ofSeconds(15), Duration.ofSeconds(15));
        Job rounds = new Job("mail-rounds", Duration.ofHours(1), Duration.ofMinutes(1));
        jobs.runIfDue(sending, () -> { });
        jobs.runIfDue(rounds, () -> { });
        f.clock.advanceDays(1);
        jobs.runIfDue(sending, () -> {
            throw new IllegalStateException("de mailserver antwoordt niet");
        });
        f.signInAdmin();

        UI.getCurrent().navigate(IndexStatusView.class);

        Grid<JobStatus> grid = _get(Grid.class, spec -> spec.withId("buddy-index-jobs"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).first().isEqualTo("E-mails klaarzetten");
        assertThat(GridKt._getFormattedRow(grid, 0).get(2)).isEqualTo("Nog niet gelopen");
        assertThat(GridKt._getFormattedRow(grid, 1)).first().isEqualTo("E-mails versturen");
        assertThat(GridKt._getFormattedRow(grid, 1).get(2)).startsWith("Mislukt ")
                .endsWith(": IllegalStateException: de mailserver antwoordt niet");
        assertThat(GridKt._getFormattedRow(grid, 1).get(3)).isEqualTo("1");
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
