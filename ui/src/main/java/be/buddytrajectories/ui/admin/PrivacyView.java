package be.buddytrajectories.ui.admin;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.PersonPicker;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;

/** A person's rights: a machine-readable export of what the plugin holds, and erasure (audited). */
@Route("buddy/admin/privacy")
@RequiresPermission({Keys.ADMIN})
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private final PrivacyService privacy;
    private final ComboBox<Person> person = new ComboBox<>();
    private final Anchor export = new Anchor();
    private final Checkbox alsoInHost = new Checkbox();
    private final Checkbox confirmed = new Checkbox();

    @Inject
    public PrivacyView(PrivacyService privacy, AccessGuard access, PeopleDirectory people) {
        // The picker lists everyone in the host: only admins, who may erase, see it.
        access.requireAny("privacy.view", Permission.ADMIN);
        this.privacy = privacy;
        setId("buddy-privacy");
        person.setId("buddy-privacy-person");
        person.setLabel(getTranslation("buddy.privacy.person"));
        PersonPicker.over(person, people, null);
        person.setItemLabelGenerator(p -> p.displayName() + " (" + Labels.of(this, p.kind()) + ", #" + p.id() + ")");
        person.setWidth("min(28em, 100%)");
        person.addValueChangeListener(e -> offerExport(e.getValue()));
        export.setId("buddy-privacy-export");
        export.setText(getTranslation("buddy.privacy.export"));
        export.getElement().setAttribute("download", true);
        export.setEnabled(false);
        alsoInHost.setId("buddy-privacy-also-host");
        alsoInHost.setLabel(getTranslation("buddy.privacy.alsoInHost"));
        confirmed.setId("buddy-privacy-confirm");
        confirmed.setLabel(getTranslation("buddy.privacy.confirm"));
        Button erase = new Button(getTranslation("buddy.privacy.erase"), e -> erase());
        erase.setId("buddy-privacy-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("buddy.privacy.title")), person, new H3(getTranslation("buddy.privacy.exportTitle")),
                export, new H3(getTranslation("buddy.privacy.eraseTitle")),
                new Paragraph(getTranslation("buddy.privacy.eraseExplain")), alsoInHost, confirmed, erase);
    }

    private void offerExport(Person chosen) {
        export.setEnabled(chosen != null);
        if (chosen != null) {
            long id = chosen.id();
            StreamResource json = new StreamResource("buddy-export-" + id + ".json",
                    () -> new ByteArrayInputStream(privacy.export(id)));
            json.setContentType("application/json");
            export.setHref(json);
        }
    }

    private void erase() {
        if (person.getValue() == null) {
            person.setErrorMessage(getTranslation("buddy.validation.required"));
            person.setInvalid(true);
            return;
        }
        if (!confirmed.getValue()) {
            confirmed.setErrorMessage(getTranslation("buddy.privacy.confirmRequired"));
            confirmed.setInvalid(true);
            return;
        }
        try {
            privacy.erase(person.getValue().id(), alsoInHost.getValue());
            Problems.confirm(getTranslation("buddy.privacy.erased"));
            confirmed.setValue(false);
            confirmed.setInvalid(false);
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.privacy.title");
    }
}
