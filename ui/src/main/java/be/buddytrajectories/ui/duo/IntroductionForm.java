package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.mail.IntroductionInput;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * The coordinator introduces buddy and newcomer to each other by mail: a message of his own, and whether they may
 * see each other's e-mail address and phone number. Fires {@link Submitted}.
 */
class IntroductionForm extends FormLayout {

    private final TextArea message = new TextArea();
    private final Checkbox share = new Checkbox();

    IntroductionForm(FieldErrors errors) {
        message.setId("buddy-duo-introduction-message");
        message.setLabel(getTranslation("buddy.duo.introduction.message"));
        TextLimits.cap(message, IntroductionInput.MESSAGE_LENGTH);
        share.setId("buddy-duo-introduction-share");
        share.setLabel(getTranslation("buddy.duo.introduction.share"));
        errors.on("message", message);
        Button send = new Button(getTranslation("buddy.duo.introduction.send"), e -> fireEvent(new Submitted(this,
                new IntroductionInput(message.getValue().isBlank() ? null : message.getValue().strip(),
                        share.getValue()))));
        send.setId("buddy-duo-introduction-send");
        add(message, share, send);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The introduction as filled in. */
    static class Submitted extends ComponentEvent<IntroductionForm> {

        private final transient IntroductionInput input;

        Submitted(IntroductionForm source, IntroductionInput input) {
            super(source, false);
            this.input = input;
        }

        IntroductionInput input() {
            return input;
        }
    }
}
