package be.buddytrajectories.ui.handover;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.handover.Cover;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Handover and cover ({@code buddy/handover}): move all open duos of one coordinator to another, and arrange or end
 * covers for an absent coordinator.
 */
@Route("buddy/handover")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class HandoverView extends VerticalLayout implements HasDynamicTitle {

    private final HandoverService handover;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Grid<Cover> covers = new Grid<>();
    private CoordinatorNames names;

    @Inject
    public HandoverView(HandoverService handover, PeopleDirectory people, Clock clock) {
        this.handover = handover;
        this.people = people;
        this.clock = clock;
        setId("buddy-handover-view");
        show();
    }

    private void show() {
        removeAll();
        List<Long> coordinators = handover.coordinators();
        List<Cover> current = handover.covers();
        names = new CoordinatorNames(people, Stream.concat(coordinators.stream(), current.stream()
                .flatMap(c -> Stream.of(c.absentCoordinator(), c.coveringCoordinator()))).toList());

        FieldErrors moveErrors = new FieldErrors(this);
        HandoverForm move = new HandoverForm(coordinators, names, handover::openDuos, moveErrors);
        move.addSubmitListener(e -> moveErrors.attempt(() -> handover.moveAll(e.input())).ifPresent(moved -> {
            Problems.confirm(getTranslation("buddy.handover.moved", Formats.integer(this, moved)));
            move.refresh(handover::openDuos);
        }));

        FieldErrors coverErrors = new FieldErrors(this);
        CoverForm cover = new CoverForm(coordinators, names, LocalDate.now(clock), coverErrors);
        cover.addSubmitListener(e -> coverErrors.attempt(() -> handover.arrangeCover(e.input())).ifPresent(saved -> {
            Problems.confirm(getTranslation("buddy.cover.saved"));
            show();
        }));

        covers.removeAllColumns();
        covers.setId("buddy-covers");
        covers.setEmptyStateText(getTranslation("buddy.cover.none"));
        covers.addColumn(c -> names.of(c.absentCoordinator())).setHeader(getTranslation("buddy.cover.absent"))
                .setKey("absent");
        covers.addColumn(c -> names.of(c.coveringCoordinator())).setHeader(getTranslation("buddy.cover.by"))
                .setKey("by");
        covers.addColumn(c -> Formats.date(this, c.startsOn())).setHeader(getTranslation("buddy.cover.from"))
                .setKey("from");
        covers.addColumn(c -> Formats.date(this, c.lastDay())).setHeader(getTranslation("buddy.cover.until"))
                .setKey("until");
        covers.addComponentColumn(this::endButton).setKey("end");
        covers.setItems(current);
        covers.setAllRowsVisible(true);

        add(new H2(getTranslation("buddy.handover.title")), new H3(getTranslation("buddy.handover.moveTitle")),
                new Paragraph(getTranslation("buddy.handover.explain")), move,
                new H3(getTranslation("buddy.cover.title")), new Paragraph(getTranslation("buddy.cover.explain")),
                cover, covers);
    }

    private Button endButton(Cover cover) {
        Button end = new Button(getTranslation("buddy.cover.end"), e -> {
            try {
                handover.endCover(cover.id(), cover.version());
                Problems.confirm(getTranslation("buddy.cover.ended"));
                show();
            } catch (RuntimeException refused) {
                Problems.show(this, refused);
            }
        });
        end.setId("buddy-cover-end-" + cover.id());
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return end;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.handover.title");
    }
}
