package be.buddytrajectories.ui.handover;

import be.buddytrajectories.core.handover.HandoverInput;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * "Move all open duos of X to Y": shows how many will move as soon as X is chosen, and fires {@link Submitted} with
 * that number, so that the move is refused when it changed before the click.
 */
class HandoverForm extends FormLayout {

    private final ComboBox<Long> from = new ComboBox<>();
    private final ComboBox<Long> to = new ComboBox<>();
    private final Span count = new Span();
    private final Button move = new Button();
    private long shown;

    HandoverForm(List<Long> coordinators, CoordinatorNames names, ToLongFunction<Long> openDuos, FieldErrors errors) {
        from.setId("buddy-handover-from");
        from.setLabel(getTranslation("buddy.handover.from"));
        to.setId("buddy-handover-to");
        to.setLabel(getTranslation("buddy.handover.to"));
        for (ComboBox<Long> field : List.of(from, to)) {
            field.setItems(coordinators);
            field.setItemLabelGenerator(names.labels()::apply);
        }
        count.setId("buddy-handover-count");
        move.setId("buddy-handover-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        from.addValueChangeListener(e -> show(e.getValue() == null ? 0 : openDuos.applyAsLong(e.getValue())));
        errors.on("fromCoordinator", from).on("toCoordinator", to).markRequired(HandoverInput.class);
        move.addClickListener(e -> fireEvent(new Submitted(this,
                new HandoverInput(from.getValue(), to.getValue(), shown))));
        show(0);
        add(from, to, count, move);
    }

    private void show(long open) {
        shown = open;
        count.setText(getTranslation("buddy.handover.count", Formats.integer(this, open)));
        move.setText(getTranslation("buddy.handover.move", Formats.integer(this, open)));
    }

    /** Shows the count again, e.g. after a move. */
    void refresh(ToLongFunction<Long> openDuos) {
        show(from.getValue() == null ? 0 : openDuos.applyAsLong(from.getValue()));
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The handover as confirmed. */
    static class Submitted extends ComponentEvent<HandoverForm> {

        private final transient HandoverInput input;

        Submitted(HandoverForm source, HandoverInput input) {
            super(source, false);
            this.input = input;
        }

        HandoverInput input() {
            return input;
        }
    }
}
