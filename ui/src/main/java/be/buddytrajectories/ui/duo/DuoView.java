package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.contact.HoursParts;
import be.buddytrajectories.core.contact.HoursSummary;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.core.mail.MailIntroductions;
import be.buddytrajectories.core.matchproposal.MatchProposal;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.FitCheck;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.handover.CoordinatorNames;
import be.buddytrajectories.ui.newcomer.NewcomerSection;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One duo (or tridem) for its coordinator, with what can be done in its current status. */
@Route("buddy/duos")
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class DuoView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrajectoryService trajectories;
    private final ProposalService proposals;
    private final ContactService contacts;
    private final CheckInService checkIns;
    private final ProofService proofs;
    private final PeopleDirectory people;
    private final MailIntroductions introductions;
    private final Clock clock;
    private final NewcomerSection newcomerSection;
    private final HandoverService handover;
    private String title = "";

    @Inject
    public DuoView(TrajectoryService trajectories, ProposalService proposals, ContactService contacts,
                   CheckInService checkIns, ProofService proofs, PeopleDirectory people,
                   MailIntroductions introductions, Clock clock, NewcomerSection newcomerSection,
                   HandoverService handover) {
        this.proofs = proofs;
        this.trajectories = trajectories;
        this.proposals = proposals;
        this.contacts = contacts;
        this.checkIns = checkIns;
        this.people = people;
        this.introductions = introductions;
        this.clock = clock;
        this.newcomerSection = newcomerSection;
        this.handover = handover;
        setId("buddy-duo");
    }

    @Override
    public void setParameter(BeforeEvent event, Long trajectoryId) {
        show(trajectoryId);
    }

    private void show(long trajectoryId) {
        removeAll();
        Trajectory duo = trajectories.find(trajectoryId);
        title = name(duo.newcomerId()) + " & " + duo.buddyIds().stream().map(this::name)
                .collect(Collectors.joining(", "));
        // Accepted by both but not started is still PROPOSED in the domain; the coordinator reads "accepted".
        Span status = new Span(duo.status() == TrajectoryStatus.PROPOSED && duo.acceptedOn().isPresent()
                ? getTranslation("buddy.duo.statusAccepted") : Labels.of(this, duo.status()));
        status.setId("buddy-duo-status");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout heading = new HorizontalLayout(new H2(title), status);
        heading.setAlignItems(Alignment.CENTER);
        add(heading, coordinator(duo));
        switch (duo.status()) {
            case PROPOSED -> showProposal(duo);
            case ACTIVE, PAUSED -> showRunning(duo);
            case CLOSED -> showClosed(duo);
            case WAITING -> add(new Paragraph(getTranslation("buddy.duo.waiting")));
        }
        if (duo.status() == TrajectoryStatus.PROPOSED || duo.status() == TrajectoryStatus.ACTIVE) {
            add(new H3(getTranslation("buddy.duo.introduction")), introduction(duo));
        }
    }

    /** Who follows the duo up, and (while it is open) the change to another coordinator. */
    private HorizontalLayout coordinator(Trajectory duo) {
        List<Long> choices = duo.status() == TrajectoryStatus.CLOSED ? List.of() : handover.coordinators();
        CoordinatorNames names = new CoordinatorNames(people, Stream.concat(choices.stream(),
                duo.coordinatorId().stream()).toList());
        Span current = new Span(duo.coordinatorId().map(names::of)
                .orElse(getTranslation("buddy.duo.coordinator.none")));
        current.setId("buddy-duo-coordinator");
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("buddy.duo.coordinator")), current);
        row.setAlignItems(Alignment.BASELINE);
        if (duo.status() == TrajectoryStatus.CLOSED) {
            return row;
        }
        ComboBox<Long> change = new ComboBox<>(getTranslation("buddy.duo.coordinator.change"));
        change.setId("buddy-duo-coordinator-change");
        change.setItems(choices.stream().filter(id -> !duo.coordinatorId().equals(Optional.of(id))).toList());
        change.setItemLabelGenerator(names::of);
        Button save = new Button(getTranslation("buddy.duo.coordinator.save"), e -> {
            if (change.getValue() == null) {
                change.setErrorMessage(getTranslation("buddy.validation.required"));
                change.setInvalid(true);
                return;
            }
            change(() -> trajectories.assignCoordinator(duo.id(), duo.version(), change.getValue()));
        });
        save.setId("buddy-duo-coordinator-save");
        row.add(change, save);
        return row;
    }

    private IntroductionForm introduction(Trajectory duo) {
        FieldErrors errors = new FieldErrors(this);
        IntroductionForm form = new IntroductionForm(errors);
        form.addSubmitListener(e -> errors.attempt(() -> introductions.introduce(duo.id(), e.input()))
                .ifPresent(written -> Problems.confirm(written == 0
                        ? getTranslation("buddy.duo.introduction.noAddress")
                        : getTranslation("buddy.duo.introduction.sent", written))));
        return form;
    }

    private void showProposal(Trajectory duo) {
        UnorderedList reasons = new UnorderedList();
        reasons.setId("buddy-proposal-reasons");
        proposals.proposalsFor(duo.id()).stream().filter(p -> p.decision().isEmpty())
                .map(MatchProposal::reasons).flatMap(Optional::stream)
                .flatMap(text -> text.lines()).forEach(line -> reasons.add(new ListItem(line)));
        if (reasons.getChildren().findAny().isPresent()) {
            add(new H3(getTranslation("buddy.duo.proposal")), reasons);
        }
        if (duo.acceptedOn().isEmpty()) {
            Button accept = primary("buddy-accept", "buddy.duo.accept",
                    () -> change(() -> proposals.accept(duo.id(), duo.version())));
            TextField reason = new TextField(getTranslation("buddy.duo.declineReason"));
            reason.setId("buddy-decline-reason");
            Button decline = new Button(getTranslation("buddy.duo.decline"), e -> change(
                    () -> proposals.decline(duo.id(), duo.version(), reason.getValue())));
            decline.setId("buddy-decline");
            HorizontalLayout declining = new HorizontalLayout(reason, decline);
            declining.setAlignItems(Alignment.BASELINE);
            add(accept, declining);
            return;
        }
        FieldErrors errors = new FieldErrors(this);
        DatePicker startOn = new DatePicker(getTranslation("buddy.duo.startOn"), LocalDate.now(clock));
        startOn.setId("buddy-start-date");
        errors.on("startOn", startOn);
        AgreementForm agreement = new AgreementForm(null, "buddy.duo.start", "buddy-start", errors, "agreement.");
        errors.markRequired(StartInput.class);
        agreement.addSubmitListener(submitted -> errors.attempt(() -> trajectories.start(duo.id(), duo.version(),
                new StartInput(startOn.getValue(), null, null, submitted.agreement()))).ifPresent(t -> show(t.id())));
        add(new Paragraph(getTranslation("buddy.duo.acceptedOn", Formats.date(this, duo.acceptedOn().get()))),
                new H3(getTranslation("buddy.duo.startTitle")), startOn, agreement);
    }

    private void showRunning(Trajectory duo) {
        HoursSummary hours = contacts.hours(duo.id());
        add(hours(hours), proofLink(duo), new IssuedProofs(proofs, duo.id()));
        FieldErrors contactErrors = new FieldErrors(this);
        ContactForm contactForm = new ContactForm(duo.id(), LocalDate.now(clock), contactErrors);
        contactForm.addSubmitListener(submitted -> contactErrors.attempt(() -> contacts.log(submitted.input()))
                .ifPresent(logged -> {
                    Problems.confirm(getTranslation("buddy.contact.saved"));
                    show(duo.id());
                }));
        add(new H3(getTranslation("buddy.contact.title")), contactForm, contactGrid(contacts.of(duo.id())));
        add(new OtherActivitiesSection(duo.id(), hours.counted(), contacts, LocalDate.now(clock), () -> show(duo.id())));
        add(new H3(getTranslation("buddy.duo.fitCheck")), fitCheck(duo));
        add(newcomerSection.forRunningDuo(duo.id()));
        add(new H3(getTranslation("buddy.checkIn.title")), checkInSection(duo));
        FieldErrors agreementErrors = new FieldErrors(this);
        AgreementForm agreement = new AgreementForm(duo.agreement().orElse(null), "buddy.agreement.save",
                "buddy-agreement-save", agreementErrors, "");
        agreementErrors.markRequired(Agreement.class);
        agreement.addSubmitListener(submitted -> agreementErrors.attempt(
                () -> trajectories.changeAgreement(duo.id(), duo.version(), submitted.agreement()))
                .ifPresent(t -> {
                    Problems.confirm(getTranslation("buddy.agreement.saved"));
                    show(t.id());
                }));
        add(new H3(getTranslation("buddy.agreement.title")), agreement);
        add(new H3(getTranslation("buddy.duo.lifecycle")), lifecycle(duo));
    }

    private VerticalLayout hours(HoursSummary hours) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, hours.hoursTarget()), Math.min(hours.hours(),
                Math.max(1, hours.hoursTarget())));
        bar.setId("buddy-hours-bar");
        bar.setWidth("min(24em, 100%)");
        Span text = new Span(getTranslation("buddy.hours.progress", Formats.decimal(this, hours.hours()),
                Formats.integer(this, hours.hoursTarget())));
        text.setId("buddy-hours-text");
        VerticalLayout box = new VerticalLayout(text, bar);
        box.setPadding(false);
        box.setSpacing(false);
        HoursParts parts = hours.counted();
        if (parts.groupActivityMinutes() > 0 || parts.otherActivityMinutes() > 0) {
            Span split = new Span(getTranslation("buddy.hours.parts", hoursOf(parts.meetingMinutes()),
                    hoursOf(parts.groupActivityMinutes()), counts(parts.groupActivitiesCount()),
                    hoursOf(parts.otherActivityMinutes()), counts(parts.otherActivitiesCount())));
            split.setId("buddy-hours-parts");
            box.add(split);
        }
        hours.lastContact().ifPresent(last ->
                box.add(new Span(getTranslation("buddy.hours.lastContact", Formats.date(this, last)))));
        return box;
    }

    private String hoursOf(long minutes) {
        return Formats.decimal(this, minutes / 60.0);
    }

    private String counts(boolean counted) {
        return getTranslation(counted ? "buddy.hours.counts" : "buddy.hours.doesNotCount");
    }

    /**
     * The proof of participation as a PDF, made (and audited, with a new verification code) when it is downloaded;
     * the list of issued proofs shows it when the duo is opened again.
     */
    private Anchor proofLink(Trajectory duo) {
        Locale locale = Formats.locale(this);
        StreamResource pdf = new StreamResource(getTranslation("buddy.proof.fileName", duo.id()),
                () -> new ByteArrayInputStream(proofs.pdf(duo.id(), locale)));
        pdf.setContentType("application/pdf");
        Anchor link = new Anchor(pdf, getTranslation("buddy.proof.download"));
        link.setId("buddy-proof-pdf");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Grid<ContactView> contactGrid(List<ContactView> all) {
        Grid<ContactView> grid = new Grid<>();
        grid.setEmptyStateText(getTranslation("buddy.empty.contacts"));
        grid.setId("buddy-contacts");
        grid.addColumn(c -> Formats.date(this, c.metOn())).setHeader(getTranslation("buddy.contact.date"));
        grid.addColumn(c -> Formats.integer(this, c.minutes())).setHeader(getTranslation("buddy.contact.minutes"));
        grid.addColumn(c -> Labels.of(this, c.activityType())).setHeader(getTranslation("buddy.contact.activity"));
        grid.addColumn(c -> Labels.of(this, c.loggedBy())).setHeader(getTranslation("buddy.contact.loggedBy"));
        grid.addComponentColumn(c -> c.verified() ? new Span(getTranslation("buddy.contact.verified"))
                : verifyButton(c)).setHeader(getTranslation("buddy.contact.verified"));
        grid.addComponentColumn(this::newcomerConfirmation).setHeader(getTranslation("buddy.contact.confirmedByNewcomer"));
        grid.addColumn(c -> c.coordinatorNote().orElse("")).setHeader(getTranslation("buddy.contact.note"));
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Span newcomerConfirmation(ContactView contact) {
        Span confirmed = new Span(contact.confirmedByNewcomer() ? "✔" : "");
        confirmed.setId("buddy-contact-confirmed-by-newcomer-" + contact.id());
        return confirmed;
    }

    private Button verifyButton(ContactView contact) {
        Button verify = new Button(getTranslation("buddy.contact.verify"), e -> {
            try {
                contacts.verify(contact.id(), contact.version());
                e.getSource().setText(getTranslation("buddy.contact.verified"));
                e.getSource().setEnabled(false);
            } catch (RuntimeException refused) {
                Problems.show(this, refused);
            }
        });
        verify.setId("buddy-verify-" + contact.id());
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return verify;
    }

    private Component fitCheck(Trajectory duo) {
        if (duo.fitCheck().isPresent()) {
            Span done = new Span(getTranslation("buddy.duo.fitCheckDone", Labels.of(this, duo.fitCheck().get()),
                    Formats.date(this, duo.fitCheckedOn().orElse(null))));
            done.setId("buddy-fit-check-result");
            if (duo.fitCheck().get() != FitCheck.NOT_A_GOOD_FIT) {
                return done;
            }
            TextField note = new TextField(getTranslation("buddy.duo.rematchNote"));
            note.setId("buddy-rematch-note");
            Button rematch = primary("buddy-rematch", "buddy.duo.rematch",
                    () -> change(() -> trajectories.rematch(duo.id(), duo.version(), note.getValue())));
            HorizontalLayout row = new HorizontalLayout(done, note, rematch);
            row.setAlignItems(Alignment.BASELINE);
            return row;
        }
        ComboBox<FitCheck> outcome = new ComboBox<>(getTranslation("buddy.duo.fitCheck"));
        outcome.setId("buddy-fit-check");
        outcome.setItems(FitCheck.values());
        outcome.setItemLabelGenerator(value -> Labels.of(this, value));
        Button save = new Button(getTranslation("buddy.duo.fitCheckSave"), e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("buddy.validation.required"));
                outcome.setInvalid(true);
                return;
            }
            change(() -> trajectories.recordFitCheck(duo.id(), duo.version(), outcome.getValue()));
        });
        save.setId("buddy-fit-check-save");
        HorizontalLayout row = new HorizontalLayout(outcome, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private VerticalLayout checkInSection(Trajectory duo) {
        List<CheckIn> all = checkIns.of(duo.id());
        Grid<CheckIn> grid = new Grid<>();
        grid.setEmptyStateText(getTranslation("buddy.empty.checkIns"));
        grid.setId("buddy-check-ins");
        LocalDate today = LocalDate.now(clock);
        grid.addColumn(c -> Formats.date(this, c.dueOn())).setHeader(getTranslation("buddy.checkIn.dueOn"));
        grid.addColumn(c -> c.done() ? Formats.date(this, c.doneOn().orElse(null))
                : c.overdueOn(today) ? getTranslation("buddy.checkIn.overdue") : "")
                .setHeader(getTranslation("buddy.checkIn.doneOn"));
        grid.addColumn(c -> c.fitPulse().map(p -> "●".repeat(p) + "○".repeat(CheckIn.Limits.MAX_PULSE - p)).orElse(""))
                .setHeader(getTranslation("buddy.checkIn.pulse"));
        grid.addColumn(c -> c.rhythmOk().map(ok -> getTranslation(ok ? "buddy.yes" : "buddy.no")).orElse(""))
                .setHeader(getTranslation("buddy.checkIn.rhythmOk"));
        grid.addColumn(c -> c.concerns().orElse("")).setHeader(getTranslation("buddy.checkIn.concerns"));
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(grid);
        box.setPadding(false);
        all.stream().filter(c -> !c.done()).findFirst().ifPresent(next -> {
            FieldErrors errors = new FieldErrors(this);
            CheckInForm form = new CheckInForm(next, today, errors);
            form.addSubmitListener(submitted -> errors.attempt(() -> checkIns.markDone(submitted.checkIn().id(),
                    submitted.checkIn().version(), submitted.pulse())).ifPresent(done -> show(duo.id())));
            box.add(new Span(getTranslation("buddy.checkIn.next", Formats.date(this, next.dueOn()))), form);
        });
        return box;
    }

    private VerticalLayout lifecycle(Trajectory duo) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (duo.status() == TrajectoryStatus.ACTIVE) {
            TextField reason = new TextField(getTranslation("buddy.duo.pauseReason"));
            reason.setId("buddy-pause-reason");
            Button pause = new Button(getTranslation("buddy.duo.pause"),
                    e -> change(() -> trajectories.pause(duo.id(), duo.version(), reason.getValue())));
            pause.setId("buddy-pause");
            HorizontalLayout row = new HorizontalLayout(reason, pause);
            row.setAlignItems(Alignment.BASELINE);
            box.add(row);
        } else {
            box.add(new Span(getTranslation("buddy.duo.pausedSince", Formats.date(this, duo.pausedOn().orElse(null)),
                    duo.pauseReason().orElse(""))), primary("buddy-resume", "buddy.duo.resume",
                    () -> change(() -> trajectories.resume(duo.id(), duo.version()))));
        }
        ComboBox<EndReason> reason = new ComboBox<>(getTranslation("buddy.duo.endReason"));
        reason.setId("buddy-close-reason");
        reason.setItems(EndReason.values());
        reason.setItemLabelGenerator(value -> Labels.of(this, value));
        TextField note = new TextField(getTranslation("buddy.duo.endNote"));
        note.setId("buddy-close-note");
        Checkbox requeue = new Checkbox(getTranslation("buddy.duo.closeRequeue"));
        requeue.setId("buddy-close-requeue");
        Button close = new Button(getTranslation("buddy.duo.close"), e -> change(() -> trajectories.close(duo.id(),
                duo.version(), reason.getValue(), note.getValue(), requeue.getValue())));
        close.setId("buddy-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout closing = new HorizontalLayout(reason, note, requeue, close);
        closing.setAlignItems(Alignment.BASELINE);
        box.add(closing);
        return box;
    }

    private void showClosed(Trajectory duo) {
        Paragraph closed = new Paragraph(getTranslation("buddy.duo.closedOn",
                Formats.date(this, duo.closedOn().orElse(null)), Labels.of(this, duo.endReason().orElse(null)),
                duo.endNote().orElse("")));
        closed.setId("buddy-duo-closed");
        add(closed);
        if (duo.startedOn().isPresent()) {
            add(hours(contacts.hours(duo.id())), proofLink(duo), new IssuedProofs(proofs, duo.id()),
                    contactGrid(contacts.of(duo.id())));
        }
    }

    /** Runs a lifecycle change and shows the duo as it is now, or the refusal. */
    private void change(Supplier<Trajectory> action) {
        try {
            Trajectory changed = action.get();
            show(changed.id());
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    private Button primary(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private String name(long personId) {
        return people.find(personId).map(Person::displayName).orElse("#" + personId);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
