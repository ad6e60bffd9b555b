package be.buddytrajectories.ui.handover;

import be.buddytrajectories.core.handover.CoverInput;
import be.buddytrajectories.ui.shell.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;

/** Who is away when, and who covers: fires {@link Submitted}. */
class CoverForm extends FormLayout {

    private final ComboBox<Long> absent = new ComboBox<>();
    private final ComboBox<Long> covering = new ComboBox<>();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();

    CoverForm(List<Long> coordinators, CoordinatorNames names, LocalDate today, FieldErrors errors) {
        absent.setId("buddy-cover-absent");
        absent.setLabel(getTranslation("buddy.cover.absent"));
        covering.setId("buddy-cover-by");
        covering.setLabel(getTranslation("buddy.cover.by"));
        for (ComboBox<Long> field : List.of(absent, covering)) {
            field.setItems(coordinators);
            field.setItemLabelGenerator(names.labels()::apply);
        }
        startsOn.setId("buddy-cover-from");
        startsOn.setLabel(getTranslation("buddy.cover.from"));
        startsOn.setValue(today);
        endsOn.setId("buddy-cover-until");
        endsOn.setLabel(getTranslation("buddy.cover.until"));
        errors.on("absentCoordinator", absent).on("coveringCoordinator", covering).on("startsOn", startsOn)
                .on("endsOn", endsOn).markRequired(CoverInput.class);
        Button save = new Button(getTranslation("buddy.cover.save"), e -> fireEvent(new Submitted(this,
                new CoverInput(absent.getValue(), covering.getValue(), startsOn.getValue(), endsOn.getValue()))));
        save.setId("buddy-cover-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(absent, covering, startsOn, endsOn, save);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The cover as filled in. */
    static class Submitted extends ComponentEvent<CoverForm> {

        private final transient CoverInput input;

        Submitted(CoverForm source, CoverInput input) {
            super(source, false);
            this.input = input;
        }

        CoverInput input() {
            return input;
        }
    }
}
