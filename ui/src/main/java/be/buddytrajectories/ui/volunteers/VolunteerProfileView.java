package be.buddytrajectories.ui.volunteers;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.training.TrainingHours;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** One volunteer's buddy profile: registered at buddy intake, edited later; screenings listed and recorded here. */
@Route("buddy/volunteer")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class VolunteerProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BuddyProfileService profiles;
    private final PeopleDirectory people;
    private final TrainingService trainings;
    private final Clock clock;
    private String title = "";

    @Inject
    public VolunteerProfileView(BuddyProfileService profiles, PeopleDirectory people, TrainingService trainings,
                                Clock clock) {
        this.profiles = profiles;
        this.people = people;
        this.trainings = trainings;
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

    /** The facts, the screening history and the form that records one. */
    private VerticalLayout status(BuddyProfile profile) {
        LocalDate today = LocalDate.now(clock);
        Paragraph facts = new Paragraph(getTranslation("buddy.profile.facts", Labels.of(this, profile.status()),
                profile.screenedUntil().map(d -> getTranslation(profile.screenedOn(today)
                        ? "buddy.screening.validUntil" : "buddy.screening.expired", Formats.date(this, d))).orElse("–"),
                profile.basicTrainingOn().map(d -> Formats.date(this, d)).orElse("–")));
        facts.setId("buddy-profile-facts");
        TrainingHours trained = trainings.lastYearOf(profile.volunteerId());
        Paragraph training = new Paragraph(getTranslation("buddy.profile.trainingHours",
                Formats.decimal(this, trained.hours()), trained.sessions())
                + (trained.withoutDuration() == 0 ? ""
                : " " + getTranslation("buddy.profile.trainingWithoutDuration", trained.withoutDuration())));
        training.setId("buddy-profile-training-hours");
        FieldErrors errors = new FieldErrors(this);
        ScreeningForm form = new ScreeningForm(today, errors);
        form.addSubmitListener(submitted -> errors.attempt(
                        () -> profiles.recordScreening(profile.volunteerId(), submitted.input()))
                .ifPresent(recorded -> {
                    Problems.confirm(getTranslation("buddy.screening.recorded"));
                    show(profile.volunteerId());
                }));
        VerticalLayout box = new VerticalLayout(facts, training, new H3(getTranslation("buddy.screening.title")),
                new ScreeningHistory(profiles.screenings(profile.volunteerId()), people, today), form);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
