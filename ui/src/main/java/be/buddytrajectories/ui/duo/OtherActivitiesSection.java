package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.HoursParts;
import be.buddytrajectories.core.contact.OtherActivity;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;

/**
 * The newcomer's other participation activities that the coordinator confirmed for a duo, whether they count
 * toward its hours, and the form that confirms one more.
 */
class OtherActivitiesSection extends VerticalLayout {

    OtherActivitiesSection(long trajectoryId, HoursParts hours, ContactService contacts, LocalDate today,
                           Runnable changed) {
        setPadding(false);
        setId("buddy-other-activities-section");
        Paragraph counts = new Paragraph(getTranslation(hours.otherActivitiesCount()
                ? "buddy.otherActivity.counts" : "buddy.otherActivity.doesNotCount"));
        counts.setId("buddy-other-activities-count");
        Grid<OtherActivity> grid = new Grid<>();
        grid.setId("buddy-other-activities");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("buddy.otherActivity.none"));
        grid.addColumn(a -> Formats.date(this, a.doneOn())).setHeader(getTranslation("buddy.contact.date"));
        grid.addColumn(a -> Formats.integer(this, a.minutes())).setHeader(getTranslation("buddy.contact.minutes"));
        grid.addColumn(OtherActivity::description).setHeader(getTranslation("buddy.otherActivity.description"))
                .setFlexGrow(3);
        grid.addComponentColumn(a -> {
            Button remove = new Button(getTranslation("buddy.otherActivity.remove"), e -> {
                try {
                    contacts.removeOtherActivity(a.id(), a.version());
                    changed.run();
                } catch (RuntimeException refused) {
                    Problems.show(this, refused);
                }
            });
            remove.setId("buddy-other-activity-remove-" + a.id());
            return remove;
        });
        grid.setItems(contacts.otherActivities(trajectoryId));
        FieldErrors errors = new FieldErrors(this);
        OtherActivityForm form = new OtherActivityForm(today, errors);
        form.addSubmitListener(submitted -> errors.attempt(
                        () -> contacts.recordOtherActivity(trajectoryId, submitted.input()))
                .ifPresent(recorded -> {
                    Problems.confirm(getTranslation("buddy.otherActivity.saved"));
                    changed.run();
                }));
        add(new H3(getTranslation("buddy.otherActivity.title")), counts, grid, form);
    }
}
