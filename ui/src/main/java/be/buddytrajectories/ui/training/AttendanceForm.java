package be.buddytrajectories.ui.training;

import be.buddytrajectories.hostapi.Person;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Who attended one session or activity; fires {@link Submitted} with their host person ids. */
class AttendanceForm extends HorizontalLayout {

    /**
     * @param candidates gives the field the people who may have attended
     * @param attended   those recorded so far
     */
    AttendanceForm(String id, Consumer<MultiSelectComboBox<Person>> candidates, Set<Person> attended) {
        setAlignItems(Alignment.BASELINE);
        MultiSelectComboBox<Person> people = new MultiSelectComboBox<>(getTranslation("buddy.training.attendees"));
        people.setId(id);
        candidates.accept(people);
        people.setItemLabelGenerator(Person::displayName);
        people.setValue(attended);
        people.setWidth("min(28em, 100%)");
        Button save = new Button(getTranslation("buddy.training.saveAttendance"), e -> fireEvent(new Submitted(this,
                people.getValue().stream().map(Person::id).collect(Collectors.toSet()))));
        save.setId(id + "-save");
        add(people, save);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The people who attended. */
    static class Submitted extends ComponentEvent<AttendanceForm> {

        private final transient Set<Long> personIds;

        Submitted(AttendanceForm source, Set<Long> personIds) {
            super(source, false);
            this.personIds = Set.copyOf(personIds);
        }

        Set<Long> personIds() {
            return personIds;
        }
    }
}
