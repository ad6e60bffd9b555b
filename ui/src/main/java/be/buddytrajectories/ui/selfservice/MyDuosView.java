package be.buddytrajectories.ui.selfservice;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.HoursSummary;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.intake.PartnerEssentials;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.calendar.CalendarSection;
import be.buddytrajectories.ui.duo.AgreementForm;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** "My buddy": the signed-in buddy's running duos with hours and "we met", and his availability. */
@Route("buddy/me")
@RequiresPermission({Keys.BUDDY})
public class MyDuosView extends VerticalLayout implements HasDynamicTitle {

    private final TrajectoryService trajectories;
    private final ContactService contacts;
    private final NewcomerIntakeService intakes;
    private final BuddyProfileService profiles;
    private final GroupActivityService activities;
    private final CurrentUser user;
    private final Clock clock;
    private final CalendarSection calendar;

    @Inject
    public MyDuosView(TrajectoryService trajectories, ContactService contacts, NewcomerIntakeService intakes,
                      BuddyProfileService profiles, GroupActivityService activities, CurrentUser user, Clock clock,
                      CalendarSection calendar) {
        this.activities = activities;
        this.trajectories = trajectories;
        this.contacts = contacts;
        this.intakes = intakes;
        this.profiles = profiles;
        this.user = user;
        this.clock = clock;
        this.calendar = calendar;
        setId("buddy-me");
        setMaxWidth("40em");
        setPadding(true);
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("buddy.me.title")));
        List<Trajectory> running = trajectories.myDuos().stream()
                .filter(t -> t.status() == TrajectoryStatus.ACTIVE || t.status() == TrajectoryStatus.PAUSED).toList();
        if (running.isEmpty()) {
            add(new Paragraph(getTranslation("buddy.me.noDuo")));
        }
        running.forEach(duo -> add(duoCard(duo)));
        UnorderedList upcoming = new UnorderedList();
        upcoming.setId("buddy-me-activities");
        activities.upcoming().forEach(a -> upcoming.add(new ListItem(Formats.date(this, a.heldOn()) + " · " + a.title())));
        if (upcoming.getChildren().findAny().isPresent()) {
            add(new H3(getTranslation("buddy.me.activities")), upcoming);
        }
        add(calendar.forSignedInBuddy());
        Optional<BuddyProfile> profile = user.personId().flatMap(profiles::find);
        profile.ifPresent(p -> {
            FieldErrors errors = new FieldErrors(this);
            AvailabilityForm form = new AvailabilityForm(p, errors);
            form.addSubmitListener(submitted -> errors.attempt(() -> save(p, submitted)).ifPresent(saved -> {
                Problems.confirm(getTranslation("buddy.me.saved"));
                render();
            }));
            add(new H3(getTranslation("buddy.me.availability")), form);
        });
    }

    private Div duoCard(Trajectory duo) {
        PartnerEssentials partner = intakes.partnerOf(duo.id());
        Div card = new Div();
        card.setId("buddy-my-duo-" + duo.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        H3 name = new H3(partner.firstName());
        name.getStyle().set("margin-top", "0");
        Paragraph about = new Paragraph(getTranslation("buddy.me.partner",
                String.join(", ", partner.contactLanguages().stream().map(c -> Formats.language(this, c)).toList()),
                partner.dutchLevel().name(), partner.municipality()));
        HoursSummary hours = contacts.hours(duo.id());
        Span hoursText = new Span(getTranslation("buddy.hours.progress", Formats.decimal(this, hours.hours()),
                Formats.integer(this, hours.hoursTarget())));
        hoursText.setId("buddy-my-hours-" + duo.id());
        ProgressBar bar = new ProgressBar(0, Math.max(1, hours.hoursTarget()), Math.min(hours.hours(),
                Math.max(1, hours.hoursTarget())));
        bar.setId("buddy-my-hours-bar-" + duo.id());
        card.add(name, about, hoursText, bar);
        if (duo.status() == TrajectoryStatus.PAUSED) {
            card.add(new Paragraph(Labels.of(this, duo.status())));
        }
        WeMetPanel panel = new WeMetPanel(duo.id());
        panel.setVisible(false);
        panel.addMetListener(met -> logMeeting(met));
        Button weMet = new Button(getTranslation("buddy.me.weMet"), e -> panel.setVisible(!panel.isVisible()));
        weMet.setId("buddy-we-met-" + duo.id());
        weMet.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        weMet.setWidthFull();
        card.add(weMet, panel);
        FieldErrors errors = new FieldErrors(this);
        AgreementForm agreement = new AgreementForm(duo.agreement().orElse(null), "buddy.agreement.save",
                "buddy-my-agreement-save-" + duo.id(), errors, "");
        agreement.addSubmitListener(submitted -> errors.attempt(
                () -> trajectories.changeAgreement(duo.id(), duo.version(), submitted.agreement())).ifPresent(saved -> {
                    Problems.confirm(getTranslation("buddy.agreement.saved"));
                    render();
                }));
        Details details = new Details(getTranslation("buddy.agreement.title"), agreement);
        details.setId("buddy-my-agreement-" + duo.id());
        card.add(details);
        return card;
    }

    private void logMeeting(WeMetPanel.Met met) {
        FieldErrors errors = new FieldErrors(this).on("minutes", met.getSource().minutes());
        errors.attempt(() -> contacts.log(new ContactInput(met.trajectoryId(), LocalDate.now(clock), met.minutes(),
                met.activity(), false, false, null, null))).ifPresent(logged -> {
            Problems.confirm(getTranslation("buddy.contact.saved"));
            render();
        });
    }

    private BuddyProfile save(BuddyProfile p, AvailabilityForm.Submitted wanted) {
        BuddyProfile updated = profiles.update(p.volunteerId(), p.version(), new BuddyProfileInput(p.languages(),
                p.interests(), p.interestsNote().orElse(null), p.about().orElse(null), p.profession().orElse(null),
                p.experience().orElse(null), wanted.availability(), p.location(), p.maxTravelKm(), wanted.capacity(),
                p.preferredNewcomerGender().orElse(null), p.preferredMinAge().orElse(null),
                p.preferredMaxAge().orElse(null), p.childrenWelcome(), p.hasChildren(), p.consent()));
        return wanted.status() == updated.status() ? updated
                : profiles.changeStatus(p.volunteerId(), updated.version(), wanted.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.me.title");
    }
}
