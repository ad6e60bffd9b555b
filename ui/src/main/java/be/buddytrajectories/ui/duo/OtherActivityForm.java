package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.contact.OtherActivity;
import be.buddytrajectories.core.contact.OtherActivityInput;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** A coordinator confirms a participation activity of the newcomer; fires {@link Submitted}. */
class OtherActivityForm extends FormLayout {

    private final DatePicker doneOn = new DatePicker();
    private final IntegerField minutes = new IntegerField();
    private final TextField description = new TextField();

    OtherActivityForm(LocalDate today, FieldErrors errors) {
        doneOn.setId("buddy-other-activity-date");
        doneOn.setLabel(getTranslation("buddy.contact.date"));
        doneOn.setValue(today);
        minutes.setId("buddy-other-activity-minutes");
        minutes.setLabel(getTranslation("buddy.contact.minutes"));
        minutes.setStepButtonsVisible(true);
        minutes.setStep(15);
        description.setId("buddy-other-activity-description");
        description.setLabel(getTranslation("buddy.otherActivity.description"));
        description.setHelperText(getTranslation("buddy.otherActivity.descriptionHelp"));
        TextLimits.cap(description, OtherActivity.Limits.DESCRIPTION_LENGTH);
        errors.on("doneOn", doneOn).on("minutes", minutes).on("description", description);
        Button save = new Button(getTranslation("buddy.otherActivity.save"), e -> fireEvent(new Submitted(this,
                new OtherActivityInput(doneOn.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                        description.getValue()))));
        save.setId("buddy-other-activity-save");
        add(doneOn, minutes, description, save);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The activity as filled in. */
    static class Submitted extends ComponentEvent<OtherActivityForm> {

        private final transient OtherActivityInput input;

        Submitted(OtherActivityForm source, OtherActivityInput input) {
            super(source, false);
            this.input = input;
        }

        OtherActivityInput input() {
            return input;
        }
    }
}
