package be.buddytrajectories.ui.reports;

import be.buddytrajectories.core.report.ReportPeriod;
import be.buddytrajectories.ui.shell.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** The period (and optionally the municipality) a report covers; fires {@link Submitted}. */
class PeriodForm extends HorizontalLayout {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> municipality = new ComboBox<>();

    PeriodForm(ReportPeriod initial, List<String> municipalities, FieldErrors errors) {
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        from.setId("buddy-report-from");
        from.setLabel(getTranslation("buddy.report.from"));
        from.setValue(initial.from());
        to.setId("buddy-report-to");
        to.setLabel(getTranslation("buddy.report.to"));
        to.setValue(initial.to());
        municipality.setId("buddy-report-municipality");
        municipality.setLabel(getTranslation("buddy.report.municipality"));
        municipality.setPlaceholder(getTranslation("buddy.report.allMunicipalities"));
        municipality.setItems(municipalities);
        municipality.setClearButtonVisible(true);
        errors.on("from", from).on("to", to).on("municipality", municipality);
        Button show = new Button(getTranslation("buddy.report.show"), e -> fireEvent(new Submitted(this,
                new ReportPeriod(from.getValue(), to.getValue(), municipality.getValue()))));
        show.setId("buddy-report-show");
        add(from, to, municipality, show);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The period as chosen. */
    static class Submitted extends ComponentEvent<PeriodForm> {

        private final transient ReportPeriod period;

        Submitted(PeriodForm source, ReportPeriod period) {
            super(source, false);
            this.period = period;
        }

        ReportPeriod period() {
            return period;
        }
    }
}
