package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.alerts.BuddyAlert;
import be.buddytrajectories.core.caseload.CaseloadEntry;
import be.buddytrajectories.core.caseload.CaseloadService;
import be.buddytrajectories.core.caseload.CoordinatorLoad;
import be.buddytrajectories.core.handover.Cover;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.core.programme.ProgrammeSummary;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.handover.CoordinatorNames;
import be.buddytrajectories.ui.newcomers.NewcomerView;
import be.buddytrajectories.ui.shell.BarChart;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** "Buddy trajectories": what the programme holds today and who waits longest, for coordinators. */
@Route("buddy")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final int[] WAITING_BUCKET_DAYS = {30, 90, 180};

    @Inject
    public DashboardView(ProgrammeOverview overview, TrajectoryService trajectories, AlertService alerts,
                         CaseloadService caseloads, TrainingService trainings, GroupActivityService activities,
                         OutcomeService outcomes, CurrentUser user, PeopleDirectory people, Clock clock,
                         HandoverService handover) {
        setId("buddy-overview");
        ProgrammeSummary summary = overview.summary();
        List<WaitingEntry> waiting = trajectories.waitingList();
        List<Alert> open = alerts.all();
        List<BuddyAlert> screenings = alerts.screenings();
        List<CaseloadEntry> caseload = user.personId().isPresent() ? caseloads.mine() : List.of();
        List<Cover> covers = user.personId().isPresent() ? handover.myCovers() : List.of();
        CoordinatorNames coordinators = new CoordinatorNames(people, Stream.concat(
                caseload.stream().map(CaseloadEntry::coveredFor).filter(Objects::nonNull),
                covers.stream().flatMap(c -> Stream.of(c.absentCoordinator(), c.coveringCoordinator()))).toList());
        long me = user.personId().orElse(0L);
        Map<Long, String> coveredByMe = covers.stream().filter(c -> c.coveringCoordinator() == me).collect(
                Collectors.toMap(Cover::absentCoordinator, c -> coordinators.of(c.absentCoordinator()), (a, b) -> a));
        List<CoordinatorLoad> loads = caseloads.perCoordinator();
        LocalDate today = LocalDate.now(clock);
        List<TrainingSession> sessions = trainings.sessions().stream().filter(s -> !s.heldOn().isBefore(today))
                .sorted(Comparator.comparing(TrainingSession::heldOn)).toList();
        Map<Long, Person> known = people.findAll(Stream.of(
                        open.stream().map(Alert::newcomerId),
                        screenings.stream().map(BuddyAlert::volunteerId),
                        caseload.stream().flatMap(c -> Stream.concat(
                                Stream.of(c.newcomerId()), c.buddyIds().stream())))
                .flatMap(Function.identity()).distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        FlexLayout figures = new FlexLayout(
                figure("buddy-volunteer-count", summary.volunteers(), "buddy.overview.volunteers"),
                figure("buddy-newcomer-count", summary.newcomers(), "buddy.overview.newcomers"),
                figure("buddy-waiting-count", waiting.size(), "buddy.overview.waiting"),
                figure("buddy-pnt-count", waiting.stream().filter(WaitingEntry::pntObliged).count(),
                        "buddy.overview.pnt"),
                figure("buddy-hours-target", summary.hoursTarget(), "buddy.overview.hoursTarget"));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        BarChart waitingTimes = new BarChart(waitingTimeBuckets(waiting), value -> Formats.integer(this, value));
        waitingTimes.setId("buddy-waiting-chart");
        BarChart byStatus = new BarChart(byStatus(loads, summary.closedDuos()), value -> Formats.integer(this, value));
        byStatus.setId("buddy-status-chart");
        FlexLayout charts = new FlexLayout(section("buddy.overview.byStatus", byStatus),
                section("buddy.overview.waitingTimes", waitingTimes));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-xl)");
        add(new H2(getTranslation("buddy.overview.title")),
                new CoverNotices(covers, me, coordinators), figures, charts,
                new H3(getTranslation("buddy.overview.alerts")), new AlertList(open, screenings, known, coveredByMe),
                new H3(getTranslation("buddy.overview.caseload")));
        if (user.personId().isEmpty()) {
            add(new Span(getTranslation("buddy.caseload.noPerson")));
        } else {
            add(new CaseloadGrid(caseload, known, coordinators));
        }
        add(new H3(getTranslation("buddy.overview.upcoming")), new UpcomingList(sessions, activities.upcoming()),
                new H3(getTranslation("buddy.overview.waitingList")), waitingGrid(waiting, people),
                new H3(getTranslation("buddy.outcome.title")), new OutcomeTable(outcomes.report()));
    }

    private VerticalLayout section(String titleKey, BarChart chart) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), chart);
        section.setPadding(false);
        section.setWidth("auto");
        return section;
    }

    /** Open trajectories by status, summed over coordinators. */
    private Map<String, Long> byStatus(List<CoordinatorLoad> loads, long closedDuos) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(Labels.of(this, TrajectoryStatus.WAITING), loads.stream().mapToLong(CoordinatorLoad::waiting).sum());
        counts.put(Labels.of(this, TrajectoryStatus.PROPOSED), loads.stream().mapToLong(CoordinatorLoad::proposed).sum());
        counts.put(Labels.of(this, TrajectoryStatus.ACTIVE), loads.stream().mapToLong(CoordinatorLoad::active).sum());
        counts.put(Labels.of(this, TrajectoryStatus.PAUSED), loads.stream().mapToLong(CoordinatorLoad::paused).sum());
        counts.put(Labels.of(this, TrajectoryStatus.CLOSED), closedDuos);
        return counts;
    }

    private Map<String, Long> waitingTimeBuckets(List<WaitingEntry> waiting) {
        Map<String, Long> buckets = new LinkedHashMap<>();
        int from = 0;
        for (int upTo : WAITING_BUCKET_DAYS) {
            int low = from;
            buckets.put(getTranslation("buddy.overview.days", low, upTo),
                    waiting.stream().filter(w -> w.daysWaiting() >= low && w.daysWaiting() <= upTo).count());
            from = upTo + 1;
        }
        int last = from;
        buckets.put(getTranslation("buddy.overview.daysOrMore", last),
                waiting.stream().filter(w -> w.daysWaiting() >= last).count());
        return buckets;
    }

    private Grid<WaitingEntry> waitingGrid(List<WaitingEntry> waiting, PeopleDirectory people) {
        Map<Long, Person> names = people.findAll(waiting.stream().map(WaitingEntry::newcomerId).toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Grid<WaitingEntry> grid = new Grid<>();
        grid.setEmptyStateText(getTranslation("buddy.empty.waiting"));
        grid.setId("buddy-dashboard-waiting");
        grid.addColumn(WaitingEntry::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(w -> new RouterLink(names.containsKey(w.newcomerId())
                        ? names.get(w.newcomerId()).displayName() : "#" + w.newcomerId(),
                        NewcomerView.class, w.newcomerId()))
                .setHeader(getTranslation("buddy.newcomer.name"));
        grid.addColumn(w -> Formats.date(this, w.waitingSince())).setHeader(getTranslation("buddy.waiting.since"));
        grid.addColumn(w -> getTranslation("buddy.waiting.daysValue", Formats.integer(this, w.daysWaiting())))
                .setHeader(getTranslation("buddy.waiting.days"));
        grid.addComponentColumn(w -> flags(w)).setHeader(getTranslation("buddy.waiting.flags"));
        grid.setItems(waiting);
        grid.setAllRowsVisible(waiting.size() <= 15);
        return grid;
    }

    private Span flags(WaitingEntry w) {
        Span flags = new Span();
        if (w.rematchPriority()) {
            flags.add(badge("buddy.waiting.rematch", "error"));
        }
        if (w.pntObliged()) {
            flags.add(badge("buddy.waiting.pnt", "contrast"));
        }
        return flags;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
        return badge;
    }

    private VerticalLayout figure(String id, long value, String labelKey) {
        Span number = new Span(Formats.integer(this, value));
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        VerticalLayout card = new VerticalLayout(number, new Span(getTranslation(labelKey)));
        card.setSpacing(false);
        card.setWidth("11em");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.overview.title");
    }
}
