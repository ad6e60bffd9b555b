package be.buddytrajectories.ui.volunteers;

import be.buddytrajectories.core.profile.Screening;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;

/** A buddy's screenings, newest first, each marked valid or expired on {@code today}. */
class ScreeningHistory extends Grid<Screening> {

    ScreeningHistory(List<Screening> screenings, PeopleDirectory people, LocalDate today) {
        setId("buddy-screenings");
        setEmptyStateText(getTranslation("buddy.screening.none"));
        addColumn(s -> Labels.of(this, s.kind())).setHeader(getTranslation("buddy.screening.kind"));
        addColumn(s -> Formats.date(this, s.issuedOn())).setHeader(getTranslation("buddy.screening.issued"));
        addColumn(s -> getTranslation(today.isAfter(s.validUntil()) ? "buddy.screening.expired"
                : "buddy.screening.validUntil", Formats.date(this, s.validUntil())))
                .setHeader(getTranslation("buddy.screening.validity"));
        addColumn(s -> s.recordedBy().flatMap(people::find).map(Person::displayName).orElse("–"))
                .setHeader(getTranslation("buddy.screening.recordedBy"));
        addColumn(s -> s.note().orElse("")).setHeader(getTranslation("buddy.screening.note"));
        setItems(screenings);
        setAllRowsVisible(true);
    }
}
