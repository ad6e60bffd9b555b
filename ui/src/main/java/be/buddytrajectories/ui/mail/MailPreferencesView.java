package be.buddytrajectories.ui.mail;

import be.buddytrajectories.core.mail.MailKind;
import be.buddytrajectories.core.mail.MailPreferences;
import be.buddytrajectories.hostapi.PublicPage;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The page behind the link at the foot of every mail: the receiver chooses, without an account, which kinds of mail
 * he wants; a choice counts at once. A link that is not valid gets a friendly sentence, never an error.
 */
@Route(value = MailPreferences.PATH, autoLayout = false)
@PublicPage
public class MailPreferencesView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MailPreferences preferences;
    private String link;

    @Inject
    public MailPreferencesView(MailPreferences preferences) {
        this.preferences = preferences;
        setId("buddy-mail-preferences");
        setMaxWidth("36em");
    }

    @Override
    public void setParameter(BeforeEvent event, String link) {
        this.link = link;
        render();
    }

    private void render() {
        removeAll();
        add(languages(), new H2(getTranslation("buddy.mail.preferences.title")));
        preferences.of(link).ifPresentOrElse(choices -> {
            add(new Paragraph(getTranslation("buddy.mail.preferences.about")));
            choices.wanted().forEach((kind, wanted) -> add(choice(kind, wanted)));
        }, () -> {
            Paragraph unknown = new Paragraph(getTranslation("buddy.mail.preferences.unknownLink"));
            unknown.setId("buddy-mail-preferences-unknown");
            add(unknown);
        });
    }

    private Checkbox choice(MailKind kind, boolean wanted) {
        Checkbox checkbox = new Checkbox(Labels.of(this, kind), wanted);
        checkbox.setId("buddy-mail-preferences-" + kind.name());
        checkbox.setHelperText(getTranslation("buddy.mail.kindAbout." + kind.name()));
        checkbox.getStyle().set("font-size", "var(--lumo-font-size-l)");
        checkbox.addValueChangeListener(e -> {
            if (e.isFromClient() && preferences.choose(link, kind, e.getValue()).isPresent()) {
                Paragraph saved = new Paragraph(getTranslation(e.getValue() ? "buddy.mail.preferences.wanted"
                        : "buddy.mail.preferences.stopped", Labels.of(this, kind)));
                saved.setId("buddy-mail-preferences-saved");
                getChildren().filter(c -> c.getId().filter("buddy-mail-preferences-saved"::equals).isPresent())
                        .findFirst().ifPresent(this::remove);
                add(saved);
            }
        });
        return checkbox;
    }

    private HorizontalLayout languages() {
        HorizontalLayout row = new HorizontalLayout();
        for (String code : new String[] {"nl", "en"}) {
            Button language = new Button(getTranslation("buddy.mail.language." + code), e -> {
                getUI().ifPresent(ui -> ui.setLocale(Locale.forLanguageTag(code)));
                render();
            });
            language.setId("buddy-mail-preferences-language-" + code);
            language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(language);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.mail.preferences.title");
    }
}
