package be.buddytrajectories.ui.signup;

import be.buddytrajectories.ui.shell.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * What the two public forms share: the field errors, the honeypot field and the submit button; fires
 * {@link Submitted} with the visitor's input and the honeypot's content. The service checks every field and the
 * view shows its messages here.
 *
 * @param <I> the service's input
 */
abstract class PublicFormLayout<I> extends FormLayout {

    private final FieldErrors errors = new FieldErrors(this);
    private final String name;
    /** Hidden from people; a bot that fills it is answered as if it were one. */
    final TextField honeypot;

    /** @param name the form's name in element ids and translation keys: {@code join} or {@code refer} */
    PublicFormLayout(String name) {
        this.name = name;
        honeypot = PublicForm.honeypot("buddy-" + name + "-website");
        setId("buddy-" + name + "-form");
    }

    /** The submit button, once the fields are in. */
    final void addSubmit() {
        Button submit = new Button(getTranslation("buddy." + name + ".submit"),
                event -> fireEvent(new Submitted<>(this, input(), honeypot.getValue())));
        submit.setId("buddy-" + name + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    /** What the visitor typed, as the service's input. */
    abstract I input();

    final <F extends Component & HasLabel> F field(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        return field;
    }

    final FieldErrors errors() {
        return errors;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    final Registration addSubmitListener(ComponentEventListener<Submitted<I>> listener) {
        return addListener(Submitted.class, (ComponentEventListener) listener);
    }

    /** The visitor pressed the submit button. */
    static final class Submitted<I> extends ComponentEvent<PublicFormLayout<I>> {

        private final transient I input;
        private final String honeypot;

        Submitted(PublicFormLayout<I> source, I input, String honeypot) {
            super(source, false);
            this.input = input;
            this.honeypot = honeypot;
        }

        I input() {
            return input;
        }

        String honeypot() {
            return honeypot;
        }
    }
}
