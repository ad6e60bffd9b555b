package be.buddytrajectories.ui.mail;

import be.buddytrajectories.core.mail.Audience;
import be.buddytrajectories.core.mail.MailKind;
import be.buddytrajectories.core.mail.OutgoingMail;
import be.buddytrajectories.core.mail.Wording;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wording of one kind of mail for one reader and language. Choosing another fires {@link Chosen}; saving fires
 * {@link Saved}, restoring the standard text fires {@link Restored}. The view loads and stores.
 */
class WordingForm extends FormLayout {

    private final Select<MailKind> kind = new Select<>();
    private final Select<Audience> audience = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Span placeholders = new Span();

    WordingForm(FieldErrors errors, java.util.function.Function<Audience, List<String>> languages) {
        kind.setId("buddy-mail-wording-kind");
        kind.setLabel(getTranslation("buddy.mail.wording.kind"));
        kind.setItems(MailKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        audience.setId("buddy-mail-wording-audience");
        audience.setLabel(getTranslation("buddy.mail.wording.audience"));
        audience.setItemLabelGenerator(a -> Labels.of(this, a));
        language.setId("buddy-mail-wording-language");
        language.setLabel(getTranslation("buddy.mail.wording.language"));
        language.setItemLabelGenerator(code -> getTranslation("buddy.mail.language." + code));
        subject.setId("buddy-mail-wording-subject");
        subject.setLabel(getTranslation("buddy.mail.wording.subject"));
        TextLimits.cap(subject, OutgoingMail.Limits.SUBJECT_LENGTH);
        body.setId("buddy-mail-wording-body");
        body.setLabel(getTranslation("buddy.mail.wording.body"));
        body.setMinHeight("14em");
        TextLimits.cap(body, OutgoingMail.Limits.WORDING_LENGTH);
        placeholders.setId("buddy-mail-wording-placeholders");
        errors.on("subject", subject).on("body", body);

        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                audience.setItems(e.getValue().audiences().stream().sorted().toList());
                audience.setValue(audience.getListDataView().getItem(0));
                placeholders.setText(getTranslation("buddy.mail.wording.placeholders", e.getValue().placeholders()
                        .stream().map(p -> "{" + p + "}").collect(Collectors.joining(" "))));
            }
        });
        audience.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                language.setItems(languages.apply(e.getValue()));
                language.setValue(languages.apply(e.getValue()).get(0));
            }
        });
        language.addValueChangeListener(e -> {
            if (e.getValue() != null && audience.getValue() != null) {
                fireEvent(new Chosen(this));
            }
        });

        Button save = new Button(getTranslation("buddy.mail.wording.save"),
                e -> fireEvent(new Saved(this, new Wording(subject.getValue().strip(), body.getValue().strip()))));
        save.setId("buddy-mail-wording-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restore = new Button(getTranslation("buddy.mail.wording.restore"), e -> fireEvent(new Restored(this)));
        restore.setId("buddy-mail-wording-restore");
        add(kind, audience, language, subject, body, placeholders, new HorizontalLayout(save, restore));
        setColspan(subject, 3);
        setColspan(body, 3);
        setColspan(placeholders, 3);
        kind.setValue(MailKind.values()[0]);
    }

    MailKind kind() {
        return kind.getValue();
    }

    Audience audience() {
        return audience.getValue();
    }

    String language() {
        return language.getValue();
    }

    void show(Wording wording) {
        subject.setValue(wording.subject());
        body.setValue(wording.body());
    }

    Registration addChosenListener(ComponentEventListener<Chosen> listener) {
        return addListener(Chosen.class, listener);
    }

    Registration addSavedListener(ComponentEventListener<Saved> listener) {
        return addListener(Saved.class, listener);
    }

    Registration addRestoredListener(ComponentEventListener<Restored> listener) {
        return addListener(Restored.class, listener);
    }

    /** Another kind, reader or language was chosen. */
    static class Chosen extends ComponentEvent<WordingForm> {
        Chosen(WordingForm source) {
            super(source, false);
        }
    }

    /** The admin saves this wording. */
    static class Saved extends ComponentEvent<WordingForm> {

        private final Wording wording;

        Saved(WordingForm source, Wording wording) {
            super(source, false);
            this.wording = wording;
        }

        Wording wording() {
            return wording;
        }
    }

    /** The admin wants the standard wording back. */
    static class Restored extends ComponentEvent<WordingForm> {
        Restored(WordingForm source) {
            super(source, false);
        }
    }
}
