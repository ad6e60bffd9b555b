package be.buddytrajectories.ui.handover;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.handover.Cover;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.testing.Notices;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class HandoverViewTest {

    /** The fixture's coordinator, who is no host person: he shows by his id. */
    private static final long FIXTURE_COORDINATOR = 900_001L;

    private ViewFixture f;
    private Person yara;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
        yara = f.people.add(PersonKind.VOLUNTEER, "Yara", "Peeters");
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private void signInYara() {
        f.user.signIn("yara", yara.id(), Permission.COORDINATOR.key());
    }

    private Grid<Cover> covers() {
        return _get(Grid.class, spec -> spec.withId("buddy-covers"));
    }

    @Test
    void choosingACoordinatorShowsHowManyOpenDuosMoveAndTheMoveHandsThemAllOver() {
        long lotte = f.buddy("Lotte");
        Trajectory first = f.active("Amina", lotte);
        Trajectory second = f.waiting("Omar", false);
        signInYara();
        UI.getCurrent().navigate(HandoverView.class);

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-handover-from")), FIXTURE_COORDINATOR);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-handover-count")).getText())
                .isEqualTo("2 open duo's worden verplaatst.");
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-handover-to")), yara.id());
        _click(_get(Button.class, spec -> spec.withId("buddy-handover-move")));

        assertThat(Notices.texts()).contains("2 duo's verplaatst.");
        assertThat(_get(Span.class, spec -> spec.withId("buddy-handover-count")).getText())
                .isEqualTo("0 open duo's worden verplaatst.");
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        assertThat(trajectories.find(first.id()).coordinatorId()).contains(yara.id());
        assertThat(trajectories.find(second.id()).coordinatorId()).contains(yara.id());
    }

    @Test
    void aHandoverWithoutATargetIsRefusedAtTheFieldAndMovesNothing() {
        Trajectory waiting = f.waiting("Omar", false);
        signInYara();
        UI.getCurrent().navigate(HandoverView.class);

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-handover-from")), FIXTURE_COORDINATOR);
        _click(_get(Button.class, spec -> spec.withId("buddy-handover-move")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("buddy-handover-to")).getErrorMessage())
                .isEqualTo("Kies de coördinator die de duo's overneemt.");
        assertThat(f.bean(TrajectoryService.class).find(waiting.id()).coordinatorId()).contains(FIXTURE_COORDINATOR);
    }

    @Test
    void anArrangedCoverIsListedWithNamesAndEndingItRemovesIt() {
        f.waiting("Omar", false);
        signInYara();
        UI.getCurrent().navigate(HandoverView.class);

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-cover-absent")), FIXTURE_COORDINATOR);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-cover-by")), yara.id());
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-cover-until")), ViewFixture.TODAY.plusDays(6));
        _click(_get(Button.class, spec -> spec.withId("buddy-cover-save")));

        assertThat(Notices.texts()).contains("Vervanging geregeld.");
        assertThat(GridKt._size(covers())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(covers(), 0)).startsWith("#900001", "Yara Peeters");
        Cover cover = GridKt._get(covers(), 0);
        Button end = (Button) GridKt._getCellComponent(covers(), 0, "end");
        assertThat(end.getId()).contains("buddy-cover-end-" + cover.id());
        _click(end);

        assertThat(GridKt._size(covers())).isZero();
        assertThat(f.bean(HandoverService.class).covers()).isEmpty();
    }

    @Test
    void aCoverForOneselfOrWithReversedDatesIsRefusedWithAClearMessageAndNotListed() {
        f.waiting("Omar", false);
        signInYara();
        UI.getCurrent().navigate(HandoverView.class);

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-cover-absent")), yara.id());
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-cover-by")), yara.id());
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-cover-until")), ViewFixture.TODAY.plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("buddy-cover-save")));
        assertThat(Notices.texts()).contains("Een coördinator kan zichzelf niet vervangen.");

        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-cover-absent")), FIXTURE_COORDINATOR);
        _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-cover-until")), ViewFixture.TODAY.minusDays(2));
        _click(_get(Button.class, spec -> spec.withId("buddy-cover-save")));
        assertThat(Notices.texts()).anyMatch(text -> text.startsWith("De vervanging eindigt ("));
        assertThat(GridKt._size(covers())).isZero();
    }

    @Test
    void aBuddyIsRefusedTheHandoverScreen() {
        long lotte = f.buddy("Lotte");
        f.signInBuddy(lotte);
        UI.getCurrent().navigate(HandoverView.class);

        _assertNone(HandoverView.class);
        _get(AccessDeniedView.class);
    }
}
