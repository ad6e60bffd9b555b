package be.buddytrajectories.bench.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.ui.admin.PrivacyView;
import be.buddytrajectories.ui.dashboard.DashboardView;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.matching.SuggestionsView;
import be.buddytrajectories.ui.newcomers.NewcomersView;
import be.buddytrajectories.ui.testing.ViewFixture;
import be.buddytrajectories.ui.volunteers.VolunteersView;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Times the main screens as a coordinator (and, for privacy, an admin) opens them, in rounds: each round opens
 * every screen once, so that no view is reused by the router (it reuses the instance of the route shown). A
 * screen's server time is the wall time of the navigation or the typing, plus what Vaadin does before it answers
 * the browser ({@link MockVaadin#clientRoundtrip()}: grids and lists fetch their first page); the first rounds
 * warm the JVM up and are not counted. Each round takes the next waiting newcomer, duo, search word and name, so
 * that every measured request is for something not asked before. Each measured request is also taken apart: the
 * time in SQL, the rendering thread's CPU time and the JVM's garbage collection. After the measured rounds,
 * {@value #PROFILED_ROUNDS} more run under the {@link StackSampler}, untimed.
 */
final class ScreenTimer {

    static final int PROFILED_ROUNDS = 10;

    /** Interests the site's volunteers have (two of eight each): each word matches about a quarter of the buddies. */
    private static final List<String> SEARCH_WORDS = List.of("wandelen", "koken", "voetbal", "fietsen", "lezen",
            "muziek", "schaken", "zwemmen");
    /** Common Flemish surnames of the site: each matches some hundreds of volunteers and newcomers. */
    private static final List<String> NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
            "Claes", "Goossens");

    final Timing dashboard = new Timing("Dashboard", "coordinator opens `buddy`", null, true);
    final Timing newcomers = new Timing("Newcomers", "opens `buddy/newcomers`", "on the waiting list", true);
    final Timing volunteers = new Timing("Volunteers", "opens `buddy/volunteers`", null, true);
    final Timing volunteerSearch = new Timing("Volunteers search", "types an interest (e.g. `wandelen`)",
            "buddies found", true);
    final Timing suggestions = new Timing("Suggestions", "opens `buddy/match/<id>` of a waiting newcomer",
            "suggestions shown", true);
    final Timing duo = new Timing("Duo", "opens `buddy/duos/<id>` of an active duo", null, true);
    final Timing privacy = new Timing("Privacy", "admin opens `buddy/admin/privacy`", null, true);
    final Timing pickerPage = new Timing("Privacy person picker",
            "types a surname (e.g. `Peeters`): count and first page, as a browser asks", "people on the first page",
            true);
    final Timing pickerAll = new Timing("Privacy person picker, every match",
            "types a surname and fetches every match (Karibu's `getSuggestionItems`)", "people matched", false);

    private final ViewFixture fixture;
    private final SqlMeter sql;
    private final ProgrammeSeed.Programme programme;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private StackSampler sampler;

    ScreenTimer(ViewFixture fixture, SqlMeter sql, ProgrammeSeed.Programme programme) {
        this.fixture = fixture;
        this.sql = sql;
        this.programme = programme;
    }

    List<Timing> timings() {
        return List.of(dashboard, newcomers, volunteers, volunteerSearch, suggestions, duo, privacy, pickerPage,
                pickerAll);
    }

    void run(int warmUps, int repeats) throws InterruptedException {
        for (int round = 0; round < warmUps + repeats; round++) {
            round(round, round < warmUps ? Mode.WARM_UP : Mode.MEASURED);
        }
        try (StackSampler sampler = new StackSampler(Thread.currentThread())) {
            this.sampler = sampler;
            for (int round = warmUps + repeats; round < warmUps + repeats + PROFILED_ROUNDS; round++) {
                round(round, Mode.PROFILED);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void round(int round, Mode mode) {
        fixture.signInCoordinator();
        time(dashboard, mode, () -> UI.getCurrent().navigate(DashboardView.class), null);
        _get(DashboardView.class);

        time(newcomers, mode, () -> UI.getCurrent().navigate(NewcomersView.class),
                () -> GridKt._size(_get(Grid.class, spec -> spec.withId("buddy-waiting-list"))));

        time(volunteers, mode, () -> UI.getCurrent().navigate(VolunteersView.class), null);
        TextField search = _get(TextField.class, spec -> spec.withId("buddy-volunteer-search"));
        String word = SEARCH_WORDS.get(round % SEARCH_WORDS.size());
        time(volunteerSearch, mode, () -> _setValue(search, word), () -> Integer.parseInt(
                _get(Span.class, spec -> spec.withId("buddy-volunteer-total")).getText().replaceAll("[^0-9]", "")));

        long newcomer = programme.waitingNewcomers().get(round % programme.waitingNewcomers().size());
        time(suggestions, mode, () -> UI.getCurrent().navigate(SuggestionsView.class, newcomer),
                () -> (int) _get(Div.class, spec -> spec.withId("buddy-suggestion-list")).getChildren()
                        .filter(c -> c.getId().orElse("").startsWith("buddy-suggestion-")).count());

        long trajectory = programme.activeDuos().get(round % programme.activeDuos().size());
        time(duo, mode, () -> UI.getCurrent().navigate(DuoView.class, trajectory), null);
        _get(Component.class, spec -> spec.withId("buddy-duo-status"));

        fixture.signInAdmin();
        time(privacy, mode, () -> UI.getCurrent().navigate(PrivacyView.class), null);
        ComboBox<Person> picker = _get(ComboBox.class, spec -> spec.withId("buddy-privacy-person"));
        String name = NAMES.get(round % NAMES.size());
        int[] firstPage = new int[1];
        time(pickerPage, mode, () -> {
            ComboBoxKt.setUserInput(picker, name);
            MockVaadin.clientRoundtrip();
            firstPage[0] = GridKt.fetch(ComboBoxKt.get_dataCommunicator(picker), 0, picker.getPageSize()).size();
        }, () -> firstPage[0]);
        ComboBoxKt.setUserInput(picker, "");
        int[] all = new int[1];
        time(pickerAll, mode, () -> {
            ComboBoxKt.setUserInput(picker, name);
            all[0] = ComboBoxKt.getSuggestionItems(picker).size();
        }, () -> all[0]);
    }

    /**
     * Runs {@code action} and Vaadin's work before its response, timed in a measured round and sampled in a
     * profiled one; then counts what the screen shows with {@code result} (untimed) when given.
     */
    private void time(Timing timing, Mode mode, Runnable action, IntSupplier result) {
        MockVaadin.clientRoundtrip();
        if (mode == Mode.PROFILED) {
            sampler.begin(timing);
        }
        long gc0 = gcNanos();
        long cpu0 = threads.getCurrentThreadCpuTime();
        sql.start();
        long t0 = System.nanoTime();
        action.run();
        MockVaadin.clientRoundtrip();
        long nanos = System.nanoTime() - t0;
        SqlMeter.Sample sample = sql.stop();
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long gc = gcNanos() - gc0;
        if (mode == Mode.PROFILED) {
            sampler.end();
        }
        if (mode == Mode.MEASURED) {
            timing.add(nanos, sample, cpu, gc);
            if (result != null) {
                timing.result(result.getAsInt());
            }
        }
    }

    private static long gcNanos() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() * 1_000_000;
    }

    private enum Mode {
        WARM_UP, MEASURED, PROFILED
    }
}
