package be.buddytrajectories.ui.newcomers;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.signup.Referral;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.PersonPicker;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Intake of a newcomer: {@code buddy/intake} for someone the host does not know yet (or to pick a host newcomer),
 * {@code buddy/intake/<id>} for host newcomer {@code id}, which edits his intake when he has one.
 */
@Route("buddy/intake")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class IntakeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NewcomerIntakeService intakes;
    private final AccessGuard access;
    private final InputValidator validator;
    private final PeopleDirectory people;
    private final ReferralService referrals;
    private final Clock clock;

    @Inject
    public IntakeView(NewcomerIntakeService intakes, AccessGuard access, InputValidator validator,
                      PeopleDirectory people, ReferralService referrals, Clock clock) {
        this.intakes = intakes;
        this.referrals = referrals;
        this.access = access;
        this.validator = validator;
        this.people = people;
        this.clock = clock;
        setId("buddy-intake");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long newcomerId) {
        // The form registers people in the host before the intake service runs: only those who may register
        // intakes may see it.
        access.requireAny("intake.register", Permission.COORDINATOR, Permission.ADMIN);
        removeAll();
        Person existing = newcomerId == null ? null
                : people.find(newcomerId).filter(p -> p.kind() == PersonKind.NEWCOMER).orElse(null);
        NewcomerIntake current = existing == null ? null : intakes.find(existing.id()).orElse(null);
        if (current != null) {
            add(new H2(getTranslation("buddy.intake.titleEdit", existing.displayName())));
            IntakeForm form = new IntakeForm(existing, current, LocalDate.now(clock));
            form.addSubmitListener(submitted -> form.errors().attempt(
                    () -> intakes.update(existing.id(), current.version(), submitted.input())).ifPresent(saved -> {
                        Problems.confirm(getTranslation("buddy.intake.updated"));
                        getUI().ifPresent(ui -> ui.navigate(NewcomerView.class, existing.id()));
                    }));
            add(form);
            return;
        }
        add(new H2(existing == null ? getTranslation("buddy.intake.titleNew")
                : getTranslation("buddy.intake.titleFor", existing.displayName())));
        if (existing == null) {
            add(existingPicker());
        } else {
            referrals.awaitingIntake(existing.id()).ifPresent(referral -> add(referred(referral)));
        }
        IntakeForm form = new IntakeForm(existing, null, LocalDate.now(clock));
        form.addSubmitListener(submitted -> form.errors().attempt(() -> {
            validator.check(submitted.input());
            long id = existing != null ? existing.id()
                    : submitted.newPerson().map(people::register).orElseThrow(FieldErrors.Incomplete::new).id();
            return intakes.register(id, submitted.input());
        }).ifPresent(waiting -> {
            Problems.confirm(getTranslation("buddy.intake.saved"));
            getUI().ifPresent(ui -> ui.navigate(NewcomerView.class, waiting.newcomerId()));
        }));
        add(form);
    }

    /** What the case worker said, to complete the intake with; the wait counts from the referral. */
    private Paragraph referred(Referral referral) {
        Paragraph referred = new Paragraph(getTranslation("buddy.intake.referred", referral.caseWorkerName(),
                referral.organisation(), Formats.date(this, referral.referredOn()),
                referral.dutchLevel().map(Enum::name).orElse("?"),
                getTranslation(referral.pntObliged() ? "buddy.fairness.obliged" : "buddy.fairness.not-obliged"),
                referral.reason()));
        referred.setId("buddy-intake-referral");
        return referred;
    }

    private ComboBox<Person> existingPicker() {
        ComboBox<Person> picker = new ComboBox<>(getTranslation("buddy.intake.pickExisting"));
        picker.setId("buddy-intake-existing");
        PersonPicker.over(picker, people, PersonKind.NEWCOMER);
        picker.setItemLabelGenerator(p -> p.displayName() + (p.municipality() == null ? "" : " (" + p.municipality() + ")"));
        picker.setWidth("min(24em, 100%)");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(IntakeView.class, e.getValue().id()));
            }
        });
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.intake.titleNew");
    }
}
