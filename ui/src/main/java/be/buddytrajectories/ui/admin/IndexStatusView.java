package be.buddytrajectories.ui.admin;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.matching.HostIndex;
import be.buddytrajectories.core.matching.IndexStatus;
import be.buddytrajectories.core.matching.ProfileIndexer;
import be.buddytrajectories.core.schedule.JobStatus;
import be.buddytrajectories.core.schedule.ScheduledJobs;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;

/**
 * The matching index: this host's documents, pending changes, problems, and a rebuild whose progress the page polls
 * for (no server push: the host does not enable it); then every host on this database with its own index, as each
 * last reported it, and the background jobs that run once across those hosts.
 */
@Route("buddy/admin/index")
@RequiresPermission({Keys.ADMIN})
public class IndexStatusView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 500;

    private final ProfileIndexer index;
    private final Span documents = new Span();
    private final Span pending = new Span();
    private final Span state = new Span();
    private final Span problem = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Button rebuild = new Button();
    private final Grid<HostIndex> hosts = new Grid<>();
    private final Grid<JobStatus> jobs = new Grid<>();
    private final ScheduledJobs scheduledJobs;
    private Registration polling;

    @Inject
    public IndexStatusView(ProfileIndexer index, ScheduledJobs scheduledJobs) {
        this.index = index;
        this.scheduledJobs = scheduledJobs;
        setId("buddy-index");
        documents.setId("buddy-index-documents");
        pending.setId("buddy-index-pending");
        state.setId("buddy-index-state");
        problem.setId("buddy-index-problem");
        progress.setId("buddy-index-progress");
        progress.setWidth("min(24em, 100%)");
        rebuild.setText(getTranslation("buddy.index.rebuild"));
        rebuild.setId("buddy-index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> startRebuild());
        hosts.setId("buddy-index-hosts");
        hosts.setAllRowsVisible(true);
        hosts.addColumn(this::hostName).setHeader(getTranslation("buddy.index.host")).setKey("name").setFlexGrow(3);
        hosts.addColumn(h -> Formats.integer(this, h.documents())).setHeader(getTranslation("buddy.index.host.documents"))
                .setKey("documents");
        hosts.addColumn(h -> Formats.integer(this, h.behind())).setHeader(getTranslation("buddy.index.host.behind"))
                .setKey("behind");
        hosts.addColumn(h -> Formats.utcDateTime(this, h.seenAt())).setHeader(getTranslation("buddy.index.host.seen"))
                .setKey("seen");
        hosts.addColumn(this::hostState).setHeader(getTranslation("buddy.index.host.state")).setKey("state")
                .setFlexGrow(2);
        jobs.setId("buddy-index-jobs");
        jobs.setAllRowsVisible(true);
        jobs.addColumn(this::jobName).setHeader(getTranslation("buddy.job")).setKey("name").setFlexGrow(2);
        jobs.addColumn(j -> Formats.utcDateTime(this, j.dueAt())).setHeader(getTranslation("buddy.job.due"))
                .setKey("due");
        jobs.addColumn(this::lastRun).setHeader(getTranslation("buddy.job.last")).setKey("last").setFlexGrow(3);
        jobs.addColumn(j -> Formats.integer(this, j.runs())).setHeader(getTranslation("buddy.job.runs")).setKey("runs");
        add(new H2(getTranslation("buddy.index.title")), documents, pending, state, progress, problem, rebuild,
                new H3(getTranslation("buddy.index.hosts")), new Paragraph(getTranslation("buddy.index.hosts.explain")),
                hosts, new H3(getTranslation("buddy.jobs")), new Paragraph(getTranslation("buddy.jobs.explain")), jobs);
        refresh(index.status());
    }

    private void startRebuild() {
        try {
            index.rebuild();
            rebuild.setEnabled(false);
            refresh(index.status());
            pollWhileRebuilding();
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    private void pollWhileRebuilding() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> {
                    IndexStatus status = index.status();
                    refresh(status);
                    if (!status.rebuilding()) {
                        stopPolling(ui);
                    }
                });
            }
        });
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        rebuild.setEnabled(true);
    }

    private void refresh(IndexStatus status) {
        documents.setText(getTranslation("buddy.index.documents", Formats.integer(this, status.documents())));
        pending.setText(getTranslation("buddy.index.pending", Formats.integer(this, status.pendingChanges())));
        progress.setValue(status.rebuildProgress());
        state.setText(status.rebuilding()
                ? getTranslation("buddy.index.rebuilding", Formats.integer(this, status.rebuildDone()),
                        Formats.integer(this, status.rebuildTotal()))
                : getTranslation("buddy.index.ready"));
        state.getElement().setAttribute("data-rebuilding", Boolean.toString(status.rebuilding()));
        problem.setText(status.problem() == null ? "" : getTranslation("buddy.index.problem"));
        hosts.setItems(index.hosts());
        jobs.setItems(scheduledJobs.overview());
    }

    private String jobName(JobStatus job) {
        return getTranslation("buddy.job." + job.name());
    }

    private String lastRun(JobStatus job) {
        if (job.lastStarted() == null) {
            return getTranslation("buddy.job.never");
        }
        String when = Formats.utcDateTime(this, job.lastStarted());
        if (job.running()) {
            return getTranslation("buddy.job.running", when, job.lastHost());
        }
        if (job.lastOutcome() == null) {
            return getTranslation("buddy.job.unfinished", when, job.lastHost());
        }
        return job.lastOutcome().equals("DONE") ? getTranslation("buddy.job.done", when, job.lastHost())
                : getTranslation("buddy.job.failed", when, job.lastHost(), job.lastError());
    }

    private String hostName(HostIndex host) {
        return host.thisHost() ? getTranslation("buddy.index.host.this", host.name()) : host.name();
    }

    private String hostState(HostIndex host) {
        if (host.rebuilding()) {
            return getTranslation("buddy.index.rebuilding", Formats.integer(this, host.rebuildDone()),
                    Formats.integer(this, host.rebuildTotal()));
        }
        return host.problem() ? getTranslation("buddy.index.problem") : getTranslation("buddy.index.ready");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (index.status().rebuilding()) {
            rebuild.setEnabled(false);
            pollWhileRebuilding();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.index.title");
    }
}
