package be.buddytrajectories.ui.volunteers;

import be.buddytrajectories.core.profile.Screening;
import be.buddytrajectories.core.profile.ScreeningInput;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** Records one screening: kind, issue date, a short note; fires {@link Submitted}. */
class ScreeningForm extends HorizontalLayout {

    private final ComboBox<ScreeningKind> kind = new ComboBox<>(getTranslation("buddy.screening.kind"));
    private final DatePicker issued = new DatePicker(getTranslation("buddy.screening.issued"));
    private final TextField note = new TextField(getTranslation("buddy.screening.note"));

    ScreeningForm(LocalDate today, FieldErrors errors) {
        kind.setId("buddy-screening-kind");
        kind.setItems(ScreeningKind.values());
        kind.setItemLabelGenerator(value -> Labels.of(this, value));
        issued.setId("buddy-screening-issued");
        issued.setValue(today);
        issued.setMax(today);
        note.setId("buddy-screening-note");
        TextLimits.cap(note, Screening.Limits.NOTE_LENGTH);
        errors.on("kind", kind).on("issuedOn", issued).on("note", note);
        Button save = new Button(getTranslation("buddy.screening.save"),
                e -> fireEvent(new Submitted(this, new ScreeningInput(kind.getValue(), issued.getValue(),
                        note.getValue().isBlank() ? null : note.getValue()))));
        save.setId("buddy-screening-save");
        add(kind, issued, note, save);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The screening as filled in. */
    static class Submitted extends ComponentEvent<ScreeningForm> {

        private final transient ScreeningInput input;

        Submitted(ScreeningForm source, ScreeningInput input) {
            super(source, false);
            this.input = input;
        }

        ScreeningInput input() {
            return input;
        }
    }
}
