package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * What the duo agreed; fires {@link Submitted}. Used to start a duo and to change a running duo's agreement, by its
 * coordinator here and by its buddy on his own screen.
 */
public class AgreementForm extends FormLayout {

    private final TextArea goals = new TextArea();
    private final TextField rhythm = new TextField();
    private final TextArea buddyDoes = new TextArea();
    private final TextArea buddyDoesNot = new TextArea();
    private final TextArea referrals = new TextArea();
    private final TextField contactPerson = new TextField();

    /** @param pathPrefix where the service input holds the agreement ({@code ""} or {@code "agreement."}) */
    public AgreementForm(Agreement current, String saveKey, String saveId, FieldErrors errors, String pathPrefix) {
        field(goals, "buddy-agreement-goals", "buddy.agreement.goals");
        field(rhythm, "buddy-agreement-rhythm", "buddy.agreement.rhythm");
        field(buddyDoes, "buddy-agreement-does", "buddy.agreement.buddyDoes");
        field(buddyDoesNot, "buddy-agreement-does-not", "buddy.agreement.buddyDoesNot");
        field(referrals, "buddy-agreement-referrals", "buddy.agreement.referrals");
        field(contactPerson, "buddy-agreement-contact-person", "buddy.agreement.contactPerson");
        TextLimits.cap(goals, Agreement.Limits.TEXT_LENGTH);
        TextLimits.cap(rhythm, Agreement.Limits.RHYTHM_LENGTH);
        TextLimits.cap(buddyDoes, Agreement.Limits.TEXT_LENGTH);
        TextLimits.cap(buddyDoesNot, Agreement.Limits.TEXT_LENGTH);
        TextLimits.cap(referrals, Agreement.Limits.REFERRAL_LENGTH);
        TextLimits.cap(contactPerson, Agreement.Limits.CONTACT_PERSON_LENGTH);
        if (current != null) {
            goals.setValue(current.goals());
            rhythm.setValue(current.rhythm());
            buddyDoes.setValue(current.buddyDoes().orElse(""));
            buddyDoesNot.setValue(current.buddyDoesNot().orElse(""));
            referrals.setValue(current.referrals().orElse(""));
            contactPerson.setValue(current.contactPerson());
        }
        errors.on(pathPrefix + "goals", goals).on(pathPrefix + "rhythm", rhythm).on(pathPrefix + "buddyDoes", buddyDoes)
                .on(pathPrefix + "buddyDoesNot", buddyDoesNot).on(pathPrefix + "referrals", referrals)
                .on(pathPrefix + "contactPerson", contactPerson);
        Button save = new Button(getTranslation(saveKey), e -> fireEvent(new Submitted(this, agreement())));
        save.setId(saveId);
        add(goals, rhythm, buddyDoes, buddyDoesNot, referrals, contactPerson, save);
    }

    private void field(com.vaadin.flow.component.AbstractField<?, String> field, String id, String labelKey) {
        field.setId(id);
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation(labelKey));
    }

    private Agreement agreement() {
        return new Agreement(text(goals.getValue()), text(rhythm.getValue()), text(buddyDoes.getValue()),
                text(buddyDoesNot.getValue()), text(referrals.getValue()), text(contactPerson.getValue()));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The agreement as filled in. */
    public static class Submitted extends ComponentEvent<AgreementForm> {

        private final transient Agreement agreement;

        Submitted(AgreementForm source, Agreement agreement) {
            super(source, false);
            this.agreement = agreement;
        }

        public Agreement agreement() {
            return agreement;
        }
    }
}
