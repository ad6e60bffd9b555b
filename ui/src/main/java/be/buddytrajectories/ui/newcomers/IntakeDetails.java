package be.buddytrajectories.ui.newcomers;

import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What the intake says about a newcomer, to read before looking for a buddy: each answer under the label of the
 * field it was given in, "—" where it was left open.
 */
class IntakeDetails extends Composite<FormLayout> {

    private static final String NONE = "—";

    IntakeDetails(NewcomerIntake intake) {
        FormLayout layout = getContent();
        layout.setId("buddy-newcomer-details");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        show(layout, "place", "buddy.field.place", intake.location().postcode() + " " + intake.location().municipality());
        show(layout, "languages", "buddy.field.contactLanguages",
                joined(intake.contactLanguages().stream().map(code -> Formats.language(this, code)).toList()));
        show(layout, "dutch-level", "buddy.field.dutchLevel", intake.dutchLevel().name());
        show(layout, "interests", "buddy.field.interests", joined(intake.interests()));
        show(layout, "goals", "buddy.field.goals",
                joined(intake.goals().stream().map(goal -> Labels.of(this, goal)).toList()));
        show(layout, "availability", "buddy.field.availability",
                joined(intake.availability().stream().map(this::slot).toList()));
        show(layout, "family", "buddy.field.family", Labels.of(this, intake.familySituation()));
        show(layout, "buddy-gender", "buddy.field.buddyGender",
                intake.buddyGenderPreference().map(gender -> Labels.of(this, gender)).orElse(NONE));
        show(layout, "profession", "buddy.field.profession", intake.profession().orElse(NONE));
        show(layout, "case-worker", "buddy.field.caseWorker",
                joined(intake.caseWorkerName().stream().toList(), intake.caseWorkerAgency().stream().toList()));
        show(layout, "about", "buddy.field.about", intake.about().orElse(NONE));
    }

    private void show(FormLayout layout, String id, String labelKey, String value) {
        Span text = new Span(value);
        text.setId("buddy-newcomer-detail-" + id);
        text.getStyle().set("white-space", "pre-line");
        layout.addFormItem(text, getTranslation(labelKey));
    }

    private String slot(WeeklySlot slot) {
        return slot.day().getDisplayName(TextStyle.FULL, Formats.locale(this)) + " " + Labels.of(this, slot.part());
    }

    @SafeVarargs
    private static String joined(Collection<String>... parts) {
        String text = Arrays.stream(parts).flatMap(Collection::stream).collect(Collectors.joining(", "));
        return text.isEmpty() ? NONE : text;
    }
}
