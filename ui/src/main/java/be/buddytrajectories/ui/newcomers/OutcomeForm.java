package be.buddytrajectories.ui.newcomers;

import be.buddytrajectories.core.outcome.MeasureMoment;
import be.buddytrajectories.core.outcome.OutcomeInput;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** The newcomer's answers to the outcome questions at intake or closure; fires {@link Submitted}. */
class OutcomeForm extends FormLayout {

    private final ComboBox<MeasureMoment> moment = new ComboBox<>();
    private final DatePicker measuredOn = new DatePicker();
    private final IntegerField selfConfidence = scale("buddy-outcome-self-confidence", "buddy.outcome.selfConfidence");
    private final IntegerField outlook = scale("buddy-outcome-outlook", "buddy.outcome.outlook");
    private final IntegerField knowsWhereToGo = scale("buddy-outcome-knows-where", "buddy.outcome.knowsWhereToGo");
    private final IntegerField locals = scale("buddy-outcome-locals", "buddy.outcome.localsSpokenTo");
    private final IntegerField wellbeing = scale("buddy-outcome-wellbeing", "buddy.outcome.wellbeing");

    OutcomeForm(LocalDate today, FieldErrors errors) {
        moment.setId("buddy-outcome-moment");
        moment.setLabel(getTranslation("buddy.outcome.moment"));
        moment.setItems(MeasureMoment.values());
        moment.setItemLabelGenerator(m -> Labels.of(this, m));
        moment.setValue(MeasureMoment.INTAKE);
        measuredOn.setId("buddy-outcome-date");
        measuredOn.setLabel(getTranslation("buddy.outcome.date"));
        measuredOn.setValue(today);
        locals.setHelperText(getTranslation("buddy.outcome.localsHelp"));
        errors.on("moment", moment).on("measuredOn", measuredOn).on("selfConfidence", selfConfidence)
                .on("outlook", outlook).on("knowsWhereToGo", knowsWhereToGo).on("localsSpokenTo", locals)
                .on("wellbeing", wellbeing);
        Button save = new Button(getTranslation("buddy.outcome.save"), e -> fireEvent(new Submitted(this,
                new OutcomeInput(moment.getValue(), measuredOn.getValue(), value(selfConfidence), value(outlook),
                        value(knowsWhereToGo), value(locals), value(wellbeing)))));
        save.setId("buddy-outcome-save");
        add(moment, measuredOn, selfConfidence, outlook, knowsWhereToGo, wellbeing, locals, save);
    }

    private IntegerField scale(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    /** An unanswered scale is 0, which the service refuses with the scale's own message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The answers as filled in. */
    static class Submitted extends ComponentEvent<OutcomeForm> {

        private final transient OutcomeInput input;

        Submitted(OutcomeForm source, OutcomeInput input) {
            super(source, false);
            this.input = input;
        }

        OutcomeInput input() {
            return input;
        }
    }
}
