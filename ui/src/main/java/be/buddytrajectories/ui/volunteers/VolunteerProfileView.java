package be.buddytrajectories.ui.volunteers;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** One volunteer's buddy profile: registered at buddy intake, edited later; screening recorded here. */
@Route("buddy/volunteer")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class VolunteerProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BuddyProfileService profiles;
    private final PeopleDirectory people;
    private final Clock clock;
    private String title = "";

    @Inject
    public VolunteerProfileView(BuddyProfileService profiles, PeopleDirectory people, Clock clock) {
        this.profiles = profiles;
        this.people = people;
        this.clock = clock;
        setId("buddy-volunteer-profile");
    }

    @Override
    public void setParameter(BeforeEvent event, Long volunteerId) {
        show(volunteerId);
    }

    private void show(long volunteerId) {
        removeAll();
        Optional<Person> person = people.find(volunteerId).filter(p -> p.kind() == PersonKind.VOLUNTEER);
        if (person.isEmpty()) {
            add(new Paragraph(getTranslation("buddy.profile.notAVolunteer")));
            return;
        }
        title = person.get().displayName();
        Optional<BuddyProfile> profile = profiles.find(volunteerId);
        add(new H2(getTranslation(profile.isPresent() ? "buddy.profile.title" : "buddy.profile.titleNew", title)));
        profile.ifPresent(p -> add(status(p)));
        FieldErrors errors = new FieldErrors(this);
        BuddyProfileForm form = new BuddyProfileForm(person.get(), profile.orElse(null), LocalDate.now(clock), errors);
        form.addSubmitListener(submitted -> errors.attempt(() -> profile.isPresent()
                        ? profiles.update(volunteerId, profile.get().version(), submitted.input())
                        : profiles.register(volunteerId, submitted.input()))
                .ifPresent(saved -> {
                    Problems.confirm(getTranslation("buddy.profile.saved"));
                    show(volunteerId);
                }));
        add(form);
    }

    private VerticalLayout status(BuddyProfile profile) {
        Paragraph facts = new Paragraph(getTranslation("buddy.profile.facts", Labels.of(this, profile.status()),
                profile.screenedOn().map(d -> Formats.date(this, d)).orElse("–"),
                profile.basicTrainingOn().map(d -> Formats.date(this, d)).orElse("–")));
        facts.setId("buddy-profile-facts");
        DatePicker screenedOn = new DatePicker(getTranslation("buddy.profile.screenedOn"), LocalDate.now(clock));
        screenedOn.setId("buddy-profile-screened-on");
        Button screened = new Button(getTranslation("buddy.profile.recordScreening"), e -> {
            try {
                profiles.recordScreening(profile.volunteerId(), profile.version(), screenedOn.getValue());
                show(profile.volunteerId());
            } catch (RuntimeException refused) {
                Problems.show(this, refused);
            }
        });
        screened.setId("buddy-profile-record-screening");
        HorizontalLayout screening = new HorizontalLayout(screenedOn, screened);
        screening.setAlignItems(Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(facts, screening);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
