package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInInput;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** The pulse of the next check-in (fit 1–5, rhythm, concerns, note); fires {@link Submitted}. */
class CheckInForm extends FormLayout {

    private final CheckIn checkIn;
    private final DatePicker doneOn = new DatePicker();
    private final IntegerField pulse = new IntegerField();
    private final RadioButtonGroup<Boolean> rhythmOk = new RadioButtonGroup<>();
    private final TextField concerns = new TextField();
    private final TextField note = new TextField();

    CheckInForm(CheckIn checkIn, LocalDate today, FieldErrors errors) {
        this.checkIn = checkIn;
        doneOn.setId("buddy-check-in-date");
        doneOn.setLabel(getTranslation("buddy.checkIn.doneOn"));
        doneOn.setValue(today);
        pulse.setId("buddy-check-in-pulse");
        pulse.setLabel(getTranslation("buddy.checkIn.pulse"));
        pulse.setHelperText(getTranslation("buddy.checkIn.pulseHelp"));
        rhythmOk.setId("buddy-check-in-rhythm");
        rhythmOk.setLabel(getTranslation("buddy.checkIn.rhythmOk"));
        rhythmOk.setItems(Boolean.TRUE, Boolean.FALSE);
        rhythmOk.setItemLabelGenerator(yes -> getTranslation(yes ? "buddy.yes" : "buddy.no"));
        concerns.setId("buddy-check-in-concerns");
        concerns.setLabel(getTranslation("buddy.checkIn.concerns"));
        note.setId("buddy-check-in-note");
        note.setLabel(getTranslation("buddy.checkIn.note"));
        TextLimits.cap(concerns, CheckIn.Limits.TEXT_LENGTH);
        TextLimits.cap(note, CheckIn.Limits.TEXT_LENGTH);
        errors.on("doneOn", doneOn).on("fitPulse", pulse).on("rhythmOk", rhythmOk).on("concerns", concerns)
                .on("note", note).markRequired(CheckInInput.class);
        Button save = new Button(getTranslation("buddy.checkIn.save"), e -> fireEvent(new Submitted(this,
                checkIn, new CheckInInput(doneOn.getValue(), pulse.getValue(), rhythmOk.getValue(),
                        blankToNull(concerns.getValue()), blankToNull(note.getValue())))));
        save.setId("buddy-check-in-save");
        add(doneOn, pulse, rhythmOk, concerns, note, save);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }


    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The pulse of one check-in. */
    static class Submitted extends ComponentEvent<CheckInForm> {

        private final transient CheckIn checkIn;
        private final transient CheckInInput pulse;

        Submitted(CheckInForm source, CheckIn checkIn, CheckInInput pulse) {
            super(source, false);
            this.checkIn = checkIn;
            this.pulse = pulse;
        }

        CheckIn checkIn() {
            return checkIn;
        }

        CheckInInput pulse() {
            return pulse;
        }
    }
}
