package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.signup.Referral;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.VolunteerSignup;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.newcomers.IntakeView;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.volunteers.VolunteerProfileView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.format.TextStyle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review queues of the public forms ({@code buddy/signups}): volunteers who signed up and newcomers whom case
 * workers referred. An accepted volunteer's profile opens next; an accepted newcomer's intake, which puts him on the
 * waiting list.
 */
@Route("buddy/signups")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class SignupsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public SignupsView(VolunteerSignupService signups, ReferralService referrals) {
        setId("buddy-signups-view");
        ReviewQueue<VolunteerSignup> volunteers = new ReviewQueue<>("buddy-signup", signups, this::fields,
                id -> getUI().ifPresent(ui -> ui.navigate(VolunteerProfileView.class, id)));
        ReviewQueue<Referral> newcomers = new ReviewQueue<>("buddy-referral", referrals, this::fields,
                id -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class, id)));
        TabSheet tabs = new TabSheet();
        tabs.setId("buddy-signups-tabs");
        tabs.add(getTranslation("buddy.signups.volunteers"), volunteers).setId("buddy-signups-tab-volunteers");
        tabs.add(getTranslation("buddy.signups.referrals"), newcomers).setId("buddy-signups-tab-referrals");
        tabs.setWidthFull();
        add(new H2(getTranslation("buddy.signups.title")), tabs);
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + ": " + value);
    }

    private String languages(Set<String> codes) {
        return codes.stream().map(code -> Formats.language(this, code)).collect(Collectors.joining(", "));
    }

    private String slot(WeeklySlot slot) {
        return slot.day().getDisplayName(TextStyle.FULL, Formats.locale(this)) + " " + Labels.of(this, slot.part());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.signups.title");
    }

    private Component fields(VolunteerSignup s) {
        return new Div(line("buddy.signups.name", s.displayName()), line("buddy.join.email", s.email()),
                line("buddy.join.phone", s.phone().orElse("–")),
                line("buddy.field.place", s.location().postcode() + " " + s.location().municipality()),
                line("buddy.field.languages", languages(s.languages())),
                line("buddy.field.interests", String.join(", ", s.interests())),
                line("buddy.join.availability", s.availability().stream().map(this::slot)
                        .collect(Collectors.joining(", "))),
                line("buddy.join.about", s.about()),
                line("buddy.signups.consent", s.consent().version() + ", "
                        + Formats.date(this, s.consent().givenOn())));
    }

    private Component fields(Referral r) {
        return new Div(line("buddy.signups.name", r.displayName()),
                line("buddy.join.phone", r.phone().orElse("–")), line("buddy.join.email", r.email().orElse("–")),
                line("buddy.field.place", r.location().postcode() + " " + r.location().municipality()),
                line("buddy.field.languages", languages(r.languages())),
                line("buddy.field.dutchLevel", r.dutchLevel().map(Enum::name).orElse("–")),
                line("buddy.field.pnt", getTranslation(r.pntObliged() ? "buddy.signups.yes" : "buddy.signups.no")),
                line("buddy.refer.reason", r.reason()),
                line("buddy.signups.referredBy", r.caseWorkerName() + ", " + r.organisation() + " ("
                        + r.workEmail() + ")"),
                line("buddy.signups.agreement", r.agreement().version() + ", "
                        + Formats.date(this, r.agreement().givenOn())));
    }
}
