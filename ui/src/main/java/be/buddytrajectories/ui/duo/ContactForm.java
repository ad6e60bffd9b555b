package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.Contact;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.LoggedBy;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** A coordinator logs a contact of the duo, for himself or as the newcomer told it; fires {@link Submitted}. */
class ContactForm extends FormLayout {

    static final int USUAL_MINUTES = 60;

    private final long trajectoryId;
    private final DatePicker metOn = new DatePicker();
    private final IntegerField minutes = new IntegerField();
    private final ComboBox<ActivityType> activity = new ComboBox<>();
    private final Checkbox dutchPractised = new Checkbox();
    private final Checkbox discoveredNew = new Checkbox();
    private final Checkbox fromNewcomer = new Checkbox();
    private final TextField note = new TextField();

    ContactForm(long trajectoryId, LocalDate today, FieldErrors errors) {
        this.trajectoryId = trajectoryId;
        metOn.setId("buddy-contact-date");
        metOn.setLabel(getTranslation("buddy.contact.date"));
        metOn.setValue(today);
        minutes.setId("buddy-contact-minutes");
        minutes.setLabel(getTranslation("buddy.contact.minutes"));
        minutes.setValue(USUAL_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(15);
        activity.setId("buddy-contact-activity");
        activity.setLabel(getTranslation("buddy.contact.activity"));
        activity.setItems(ActivityType.values());
        activity.setItemLabelGenerator(type -> Labels.of(this, type));
        dutchPractised.setId("buddy-contact-dutch");
        dutchPractised.setLabel(getTranslation("buddy.contact.dutchPractised"));
        discoveredNew.setId("buddy-contact-discovered");
        discoveredNew.setLabel(getTranslation("buddy.contact.discoveredNew"));
        fromNewcomer.setId("buddy-contact-from-newcomer");
        fromNewcomer.setLabel(getTranslation("buddy.contact.fromNewcomer"));
        note.setId("buddy-contact-note");
        note.setLabel(getTranslation("buddy.contact.note"));
        TextLimits.cap(note, Contact.Limits.NOTE_LENGTH);
        errors.on("metOn", metOn).on("minutes", minutes).on("activityType", activity).on("coordinatorNote", note)
                .markRequired(ContactInput.class);
        Button save = new Button(getTranslation("buddy.contact.save"), e -> fireEvent(new Submitted(this, input())));
        save.setId("buddy-contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(metOn, minutes, activity, note, dutchPractised, discoveredNew, fromNewcomer, save);
    }

    private ContactInput input() {
        return new ContactInput(trajectoryId, metOn.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                activity.getValue(), dutchPractised.getValue(), discoveredNew.getValue(),
                fromNewcomer.getValue() ? LoggedBy.NEWCOMER : null,
                note.getValue().isBlank() ? null : note.getValue().strip());
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The contact as filled in. */
    static class Submitted extends ComponentEvent<ContactForm> {

        private final transient ContactInput input;

        Submitted(ContactForm source, ContactInput input) {
            super(source, false);
            this.input = input;
        }

        ContactInput input() {
            return input;
        }
    }
}
