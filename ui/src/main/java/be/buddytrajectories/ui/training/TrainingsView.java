package be.buddytrajectories.ui.training;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.activity.GroupActivityInput;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.training.TrainingSessionInput;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.PersonPicker;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Training sessions for buddies and group activities for all duos: planning and attendance. */
@Route("buddy/trainings")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class TrainingsView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingService trainings;
    private final GroupActivityService activities;
    private final BuddyProfileService profiles;
    private final PeopleDirectory people;

    @Inject
    public TrainingsView(TrainingService trainings, GroupActivityService activities, BuddyProfileService profiles,
                         PeopleDirectory people) {
        this.trainings = trainings;
        this.activities = activities;
        this.profiles = profiles;
        this.people = people;
        setId("buddy-trainings");
        render();
    }

    private void render() {
        removeAll();
        List<Long> buddyIds = profiles.all().stream().map(BuddyProfile::volunteerId).toList();
        List<Person> buddies = people.findAll(buddyIds).stream().sorted(Comparator.comparing(Person::lastName)).toList();

        FieldErrors trainingErrors = new FieldErrors(this);
        SessionForm trainingForm = new SessionForm("buddy-training", true, trainingErrors);
        trainingForm.addSubmitListener(s -> trainingErrors.attempt(() -> trainings.plan(
                new TrainingSessionInput(s.kind(), s.title(), s.heldOn(), s.minutes()))).ifPresent(planned -> render()));
        add(new H2(getTranslation("buddy.training.heading")), new H3(getTranslation("buddy.training.sessions")),
                trainingForm);
        trainings.sessions().stream().sorted(Comparator.comparing(TrainingSession::heldOn).reversed())
                .forEach(session -> add(sessionRow(session, buddies)));

        FieldErrors activityErrors = new FieldErrors(this);
        SessionForm activityForm = new SessionForm("buddy-activity", false, activityErrors);
        activityForm.addSubmitListener(s -> activityErrors.attempt(() -> activities.plan(
                new GroupActivityInput(s.title(), s.heldOn(), s.minutes()))).ifPresent(planned -> render()));
        add(new H3(getTranslation("buddy.activity.heading")), activityForm);
        activities.activities().stream().sorted(Comparator.comparing(GroupActivity::heldOn).reversed())
                .forEach(activity -> add(activityRow(activity)));
    }

    private Div sessionRow(TrainingSession session, List<Person> buddies) {
        AttendanceForm attendance = new AttendanceForm("buddy-training-attendance-" + session.id(),
                field -> field.setItems(buddies),
                buddies.stream().filter(b -> session.attendees().contains(b.id())).collect(Collectors.toSet()));
        attendance.addSubmitListener(s -> save(() -> trainings.recordAttendance(session.id(), session.version(),
                s.personIds())));
        return row(Formats.date(this, session.heldOn()) + " · " + Labels.of(this, session.kind()) + " · "
                + session.title(), attendance);
    }

    /** Anyone in the host may come to a group activity: the field searches the whole directory. */
    private Div activityRow(GroupActivity activity) {
        AttendanceForm attendance = new AttendanceForm("buddy-activity-attendance-" + activity.id(),
                field -> PersonPicker.over(field, people, null),
                Set.copyOf(people.findAll(List.copyOf(activity.attendees()))));
        attendance.addSubmitListener(s -> save(() -> activities.recordAttendance(activity.id(), activity.version(),
                s.personIds())));
        return row(Formats.date(this, activity.heldOn()) + " · " + activity.title() + " · "
                + getTranslation("buddy.activity.minutes", Formats.integer(this, activity.minutes())), attendance);
    }

    private Div row(String heading, AttendanceForm attendance) {
        Span title = new Span(heading);
        title.getStyle().set("font-weight", "600");
        Div row = new Div(title, attendance);
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-s)");
        return row;
    }

    private void save(Runnable change) {
        try {
            change.run();
            Problems.confirm(getTranslation("buddy.training.attendanceSaved"));
            render();
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.training.heading");
    }
}
