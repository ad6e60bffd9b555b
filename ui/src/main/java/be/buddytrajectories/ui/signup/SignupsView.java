package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.signup.Referral;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.Review;
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
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
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
        ReviewQueue<VolunteerSignup> volunteers = new ReviewQueue<>("buddy-signup", new Volunteers(signups),
                id -> getUI().ifPresent(ui -> ui.navigate(VolunteerProfileView.class, id)));
        ReviewQueue<Referral> newcomers = new ReviewQueue<>("buddy-referral", new Referrals(referrals),
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

    private final class Volunteers implements ReviewQueue.Source<VolunteerSignup> {

        private final VolunteerSignupService service;

        Volunteers(VolunteerSignupService service) {
            this.service = service;
        }

        @Override
        public List<VolunteerSignup> pending() {
            return service.pending();
        }

        @Override
        public Review<VolunteerSignup> review(long id) {
            return service.review(id);
        }

        @Override
        public long accept(long id, Long sameAs) {
            return service.accept(id, sameAs);
        }

        @Override
        public void decline(long id) {
            service.decline(id);
        }

        @Override
        public long id(VolunteerSignup item) {
            return item.id();
        }

        @Override
        public String name(VolunteerSignup item) {
            return item.displayName();
        }

        @Override
        public String municipality(VolunteerSignup item) {
            return item.location().municipality();
        }

        @Override
        public LocalDateTime submittedAt(VolunteerSignup item) {
            return item.submittedAt();
        }

        @Override
        public Component details(VolunteerSignup s) {
            return new Div(line("buddy.signups.name", s.displayName()), line("buddy.join.email", s.email()),
                    line("buddy.join.phone", s.phone().orElse("–")),
                    line("buddy.field.place", s.location().postcode() + " " + s.location().municipality()),
                    line("buddy.field.languages", languages(s.languages())),
                    line("buddy.field.interests", String.join(", ", s.interests())),
                    line("buddy.join.availability", s.availability().stream().map(SignupsView.this::slot)
                            .collect(Collectors.joining(", "))),
                    line("buddy.join.about", s.about()),
                    line("buddy.signups.consent", s.consent().version() + ", "
                            + Formats.date(SignupsView.this, s.consent().givenOn())));
        }
    }

    private final class Referrals implements ReviewQueue.Source<Referral> {

        private final ReferralService service;

        Referrals(ReferralService service) {
            this.service = service;
        }

        @Override
        public List<Referral> pending() {
            return service.pending();
        }

        @Override
        public Review<Referral> review(long id) {
            return service.review(id);
        }

        @Override
        public long accept(long id, Long sameAs) {
            return service.accept(id, sameAs);
        }

        @Override
        public void decline(long id) {
            service.decline(id);
        }

        @Override
        public long id(Referral item) {
            return item.id();
        }

        @Override
        public String name(Referral item) {
            return item.displayName();
        }

        @Override
        public String municipality(Referral item) {
            return item.location().municipality();
        }

        @Override
        public LocalDateTime submittedAt(Referral item) {
            return item.submittedAt();
        }

        @Override
        public Component details(Referral r) {
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
                            + Formats.date(SignupsView.this, r.agreement().givenOn())));
        }
    }
}
