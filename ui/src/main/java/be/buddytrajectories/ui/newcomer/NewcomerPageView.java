package be.buddytrajectories.ui.newcomer;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.newcomerlink.IssuedLink;
import be.buddytrajectories.core.newcomerlink.MeetingToConfirm;
import be.buddytrajectories.core.newcomerlink.NewcomerPage;
import be.buddytrajectories.core.newcomerlink.NewcomerPageService;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.Question;
import be.buddytrajectories.core.token.RequestRateLimit;
import be.buddytrajectories.hostapi.PublicPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.inject.Inject;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The newcomer's page, opened through his personal link {@code n/<token>} without an account: confirm "we met",
 * answer the pulse (and in the first weeks the fit check) with three faces, and see the hours toward the target. A
 * link that does not work and too many requests get a friendly page in the same look, never an error.
 */
@Route(value = IssuedLink.ROUTE, autoLayout = false)
@PublicPage
public class NewcomerPageView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Map<ActivityType, VaadinIcon> PICTOGRAMS = Map.ofEntries(
            Map.entry(ActivityType.WALK, VaadinIcon.ROAD), Map.entry(ActivityType.COFFEE_OR_MEAL, VaadinIcon.COFFEE),
            Map.entry(ActivityType.SPORT, VaadinIcon.TROPHY), Map.entry(ActivityType.CULTURE, VaadinIcon.PICTURE),
            Map.entry(ActivityType.NATURE, VaadinIcon.SUN_O), Map.entry(ActivityType.ERRANDS, VaadinIcon.CART),
            Map.entry(ActivityType.INSTITUTION_VISIT, VaadinIcon.INSTITUTION),
            Map.entry(ActivityType.HOME_VISIT, VaadinIcon.HOME), Map.entry(ActivityType.LANGUAGE_PRACTICE,
                    VaadinIcon.COMMENTS), Map.entry(ActivityType.GROUP_ACTIVITY, VaadinIcon.GROUP),
            Map.entry(ActivityType.ONLINE, VaadinIcon.LAPTOP), Map.entry(ActivityType.OTHER, VaadinIcon.STAR));
    private static final Map<Answer, VaadinIcon> FACES = Map.of(Answer.GOOD, VaadinIcon.SMILEY_O,
            Answer.OKAY, VaadinIcon.MEH_O, Answer.NOT_GOOD, VaadinIcon.FROWN_O);
    private static final Map<Answer, String> FACE_COLOURS = Map.of(Answer.GOOD, "var(--lumo-success-color)",
            Answer.OKAY, "var(--lumo-warning-color, #c79a00)", Answer.NOT_GOOD, "var(--lumo-error-color)");

    private final NewcomerPageService pages;
    private final RequestRateLimit limit;
    private String token;
    private PageLanguage language = PageLanguage.EASY;
    private String thanks;

    @Inject
    public NewcomerPageView(NewcomerPageService pages, RequestRateLimit limit) {
        this.pages = pages;
        this.limit = limit;
        setId("buddy-newcomer-page");
        setMaxWidth("28em");
        setWidthFull();
        setPadding(true);
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box").set("font-size", "var(--lumo-font-size-l)");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        refresh();
    }

    /** Every request through the link counts toward the rate limit and checks the link again. */
    private void refresh() {
        if (!limit.allow(clientAddress(), token)) {
            friendly("buddy-newcomer-slow-down", VaadinIcon.HOURGLASS, "slow.title", "slow.text");
            return;
        }
        Optional<NewcomerPage> page = pages.open(token);
        if (page.isPresent()) {
            show(page.get());
        } else {
            friendly("buddy-newcomer-link-invalid", VaadinIcon.UNLINK, "invalid.title", "invalid.text");
        }
    }

    private void show(NewcomerPage page) {
        removeAll();
        add(languages(this::refresh));
        H1 hello = new H1(language.text("page.hello", page.newcomerFirstName()));
        hello.setId("buddy-newcomer-hello");
        add(hello);
        if (thanks != null) {
            Paragraph note = new Paragraph(new Icon(VaadinIcon.CHECK_CIRCLE), new Span(" " + thanks));
            note.setId("buddy-newcomer-thanks");
            note.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "bold");
            add(note);
            thanks = null;
        }
        add(hours(page), meetings(page), question(Question.PULSE, "pulse.question", "face.", page.buddyFirstNames(),
                page.pulse()));
        if (page.fitAsked()) {
            add(question(Question.FIT, "fit.question", "fit.", page.buddyFirstNames(), page.fit()));
        }
    }

    /** The language switch: each language in its own words, with a flag; {@code again} shows the page anew. */
    private Component languages(Runnable again) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("buddy-newcomer-languages");
        row.getElement().setAttribute("aria-label", language.text("language.choose"));
        row.getStyle().set("flex-wrap", "wrap");
        for (PageLanguage each : PageLanguage.values()) {
            Button choose = new Button(each.label(), e -> {
                language = each;
                again.run();
            });
            choose.setId("buddy-newcomer-lang-" + each.name());
            choose.getElement().setAttribute("lang", each.locale().getLanguage());
            if (each == language) {
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            row.add(choose);
        }
        return row;
    }

    private Component hours(NewcomerPage page) {
        Div box = new Div(heading(VaadinIcon.CLOCK, language.text("hours.title")));
        box.setWidthFull();
        DecimalFormat hours = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(language.locale()));
        Span text = new Span(language.text("hours.text", hours.format(page.hours()), page.hoursTarget()));
        text.setId("buddy-newcomer-hours");
        text.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "bold");
        int target = Math.max(1, page.hoursTarget());
        ProgressBar bar = new ProgressBar(0, target, Math.min(page.hours(), target));
        bar.setId("buddy-newcomer-hours-bar");
        bar.setHeight("1.5em");
        box.add(text, bar);
        return box;
    }

    private Component meetings(NewcomerPage page) {
        Div box = new Div(heading(VaadinIcon.CALENDAR_USER, language.text("meetings.title", page.buddyFirstNames())));
        box.setWidthFull();
        box.setId("buddy-newcomer-meetings");
        if (page.meetingsToConfirm().isEmpty()) {
            Paragraph none = new Paragraph(language.text("meetings.none"));
            none.setId("buddy-newcomer-meetings-none");
            box.add(none);
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("EEEE d MMMM", language.locale());
        for (MeetingToConfirm meeting : page.meetingsToConfirm()) {
            Icon pictogram = new Icon(PICTOGRAMS.getOrDefault(meeting.activityType(), VaadinIcon.STAR));
            pictogram.setSize("2.5em");
            Div what = new Div(new Span(meeting.metOn().format(dates)), new Div(), new Span(
                    language.text("activity." + meeting.activityType().name()) + " · "
                            + language.text("meeting.minutes", meeting.minutes())));
            HorizontalLayout line = new HorizontalLayout(pictogram, what);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            Button yes = bigButton(VaadinIcon.CHECK, language.text("meeting.yes", page.buddyFirstNames()));
            yes.setId("buddy-newcomer-confirm-" + meeting.contactId());
            yes.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            yes.addClickListener(e -> act(() -> pages.confirmMeeting(token, meeting.contactId()),
                    language.text("meeting.thanks")));
            Div card = new Div(line, yes);
            card.setId("buddy-newcomer-meeting-" + meeting.contactId());
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-m)");
            box.add(card);
        }
        return box;
    }

    private Component question(Question question, String textKey, String labelPrefix, String buddy,
                               Optional<Answer> given) {
        Div box = new Div(heading(VaadinIcon.COMMENT_O, language.text(textKey, buddy)));
        box.setId("buddy-newcomer-" + question.name().toLowerCase() + "-question");
        box.setWidthFull();
        HorizontalLayout faces = new HorizontalLayout();
        faces.setWidthFull();
        for (Answer answer : Answer.values()) {
            Icon face = new Icon(FACES.get(answer));
            face.setSize("3em");
            face.getStyle().set("color", FACE_COLOURS.get(answer));
            Span label = new Span(language.text(labelPrefix + answer.name()));
            VerticalLayout content = new VerticalLayout(face, label);
            content.setPadding(false);
            content.setSpacing(false);
            content.setAlignItems(FlexComponent.Alignment.CENTER);
            Button button = new Button(content, e -> act(() -> pages.answer(token, question, answer),
                    language.text("answer.thanks")));
            button.setId("buddy-newcomer-" + question.name().toLowerCase() + "-" + answer.name());
            button.getElement().setAttribute("aria-label", label.getText());
            button.setHeight("auto");
            button.getStyle().set("flex", "1 1 0").set("padding", "var(--lumo-space-s)").set("min-width", "0");
            if (given.filter(answer::equals).isPresent()) {
                button.getElement().setAttribute("aria-pressed", "true");
                button.getStyle().set("outline", "3px solid var(--lumo-primary-color)");
            }
            faces.add(button);
        }
        box.add(faces);
        return box;
    }

    /** Runs an action through the link, counted and checked like opening the page. */
    private void act(BooleanSupplier action, String thankYou) {
        if (!limit.allow(clientAddress(), token)) {
            friendly("buddy-newcomer-slow-down", VaadinIcon.HOURGLASS, "slow.title", "slow.text");
            return;
        }
        thanks = action.getAsBoolean() ? thankYou : null;
        Optional<NewcomerPage> page = pages.open(token);
        if (page.isPresent()) {
            show(page.get());
        } else {
            friendly("buddy-newcomer-link-invalid", VaadinIcon.UNLINK, "invalid.title", "invalid.text");
        }
    }

    private void friendly(String id, VaadinIcon pictogram, String titleKey, String textKey) {
        removeAll();
        Icon icon = new Icon(pictogram);
        icon.setSize("4em");
        icon.getStyle().set("color", "var(--lumo-primary-color)");
        VerticalLayout box = new VerticalLayout(icon, new H1(language.text(titleKey)),
                new Paragraph(language.text(textKey)));
        box.setId(id);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.getStyle().set("text-align", "center");
        add(languages(() -> friendly(id, pictogram, titleKey, textKey)), box);
    }

    private static H2 heading(VaadinIcon pictogram, String text) {
        Icon icon = new Icon(pictogram);
        icon.setSize("1.2em");
        icon.getStyle().set("margin-right", "0.4em");
        H2 heading = new H2(icon, new Span(text));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        return heading;
    }

    /** A full-width button whose words wrap on a phone, with the pictogram before them. */
    private static Button bigButton(VaadinIcon pictogram, String text) {
        Icon icon = new Icon(pictogram);
        icon.getStyle().set("margin-right", "0.4em");
        Span label = new Span(icon, new Span(text));
        label.getStyle().set("white-space", "normal");
        Button button = new Button(label);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.setWidthFull();
        button.setMinHeight("3.5em");
        button.setHeight("auto");
        return button;
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    @Override
    public String getPageTitle() {
        return language.text("page.title");
    }
}
