package be.buddytrajectories.ui.selfservice;

import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfile.Limits;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.ui.shell.AvailabilityField;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Set;

/** The buddy's availability, capacity and status (available, paused, stopped); fires {@link Submitted}. */
class AvailabilityForm extends VerticalLayout {

    private final AvailabilityField availability;
    private final IntegerField capacity = new IntegerField();
    private final RadioButtonGroup<BuddyStatus> status = new RadioButtonGroup<>();

    AvailabilityForm(BuddyProfile profile, FieldErrors errors) {
        setPadding(false);
        availability = new AvailabilityField(getTranslation("buddy.field.availability"), "buddy-me-availability");
        availability.setValue(profile.availability());
        capacity.setId("buddy-me-capacity");
        capacity.setLabel(getTranslation("buddy.field.capacity"));
        capacity.setMin(Limits.MIN_CAPACITY);
        capacity.setMax(Limits.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(profile.capacity());
        status.setId("buddy-me-status");
        status.setLabel(getTranslation("buddy.field.status"));
        status.setItems(BuddyStatus.values());
        status.setItemLabelGenerator(value -> Labels.of(this, value));
        status.setValue(profile.status());
        errors.on("availability", availability).on("capacity", capacity);
        Button save = new Button(getTranslation("buddy.me.save"), e -> fireEvent(new Submitted(this,
                availability.getValue(), capacity.getValue() == null ? 0 : capacity.getValue(), status.getValue())));
        save.setId("buddy-me-save");
        add(status, capacity, availability, save);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** What the buddy set. */
    static class Submitted extends ComponentEvent<AvailabilityForm> {

        private final transient Set<WeeklySlot> availability;
        private final int capacity;
        private final BuddyStatus status;

        Submitted(AvailabilityForm source, Set<WeeklySlot> availability, int capacity, BuddyStatus status) {
            super(source, false);
            this.availability = availability;
            this.capacity = capacity;
            this.status = status;
        }

        Set<WeeklySlot> availability() {
            return availability;
        }

        int capacity() {
            return capacity;
        }

        BuddyStatus status() {
            return status;
        }
    }
}
