package be.buddytrajectories.ui.training;

import be.buddytrajectories.core.attendance.AttendedSession;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/**
 * Plans a training session (with its kind) or a group activity, both with their duration; fires {@link Submitted}. The
 * {@code idPrefix} ({@code buddy-training} or {@code buddy-activity}) names its fields.
 */
class SessionForm extends HorizontalLayout {

    static final int USUAL_MINUTES = 120;

    private final ComboBox<TrainingKind> kind = new ComboBox<>();
    private final TextField title = new TextField();
    private final DatePicker heldOn = new DatePicker();
    private final IntegerField minutes = new IntegerField();

    SessionForm(String idPrefix, boolean training, FieldErrors errors) {
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        kind.setId(idPrefix + "-kind");
        kind.setLabel(getTranslation("buddy.training.kind"));
        kind.setItems(TrainingKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(TrainingKind.BASIC_TRAINING);
        title.setId(idPrefix + "-title");
        title.setLabel(getTranslation("buddy.training.title"));
        TextLimits.cap(title, AttendedSession.TITLE_LENGTH);
        heldOn.setId(idPrefix + "-date");
        heldOn.setLabel(getTranslation("buddy.training.date"));
        minutes.setId(idPrefix + "-minutes");
        minutes.setLabel(getTranslation("buddy.contact.minutes"));
        minutes.setValue(USUAL_MINUTES);
        errors.on("kind", kind).on("title", title).on("heldOn", heldOn).on("minutes", minutes);
        Button plan = new Button(getTranslation("buddy.training.plan"), e -> fireEvent(new Submitted(this,
                kind.getValue(), title.getValue().isBlank() ? null : title.getValue().strip(), heldOn.getValue(),
                minutes.getValue() == null ? 0 : minutes.getValue())));
        plan.setId(idPrefix + "-plan");
        if (training) {
            add(kind, title, heldOn, minutes, plan);
        } else {
            add(title, heldOn, minutes, plan);
        }
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** A session as planned. */
    static class Submitted extends ComponentEvent<SessionForm> {

        private final TrainingKind kind;
        private final String title;
        private final LocalDate heldOn;
        private final int minutes;

        Submitted(SessionForm source, TrainingKind kind, String title, LocalDate heldOn, int minutes) {
            super(source, false);
            this.kind = kind;
            this.title = title;
            this.heldOn = heldOn;
            this.minutes = minutes;
        }

        TrainingKind kind() {
            return kind;
        }

        String title() {
            return title;
        }

        LocalDate heldOn() {
            return heldOn;
        }

        int minutes() {
            return minutes;
        }
    }
}
