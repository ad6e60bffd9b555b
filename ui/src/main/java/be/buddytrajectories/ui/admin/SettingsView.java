package be.buddytrajectories.ui.admin;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.programme.ProgrammeSettingsInput;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The programme's settings (hours target, durations, thresholds, gates) and matching weights, for admins. */
@Route("buddy/admin")
@RequiresPermission({Keys.ADMIN})
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeSettingsService settings;

    @Inject
    public SettingsView(ProgrammeSettingsService settings) {
        this.settings = settings;
        setId("buddy-settings");
        render(settings.current());
    }

    private void render(ProgrammeSettings current) {
        removeAll();
        FieldErrors errors = new FieldErrors(this);
        SettingsForm form = new SettingsForm(ProgrammeSettingsInput.of(current), errors);
        form.addSubmitListener(submitted -> errors.attempt(() -> settings.change(current.version(), submitted.input()))
                .ifPresent(saved -> {
                    Problems.confirm(getTranslation("buddy.settings.saved"));
                    render(saved);
                }));
        add(new H2(getTranslation("buddy.settings.title")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.settings.title");
    }
}
