package be.buddytrajectories.ui.selfservice;

import be.buddytrajectories.core.contact.ActivityType;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import be.buddytrajectories.ui.shell.Labels;
import java.util.List;

/**
 * The second tap of "we met": one big button per usual activity, which logs today's meeting at once; the
 * duration is preset to an hour and can be changed first. Fires {@link Met}.
 */
class WeMetPanel extends Div {

    static final List<ActivityType> USUAL = List.of(ActivityType.COFFEE_OR_MEAL, ActivityType.WALK,
            ActivityType.LANGUAGE_PRACTICE, ActivityType.CULTURE, ActivityType.SPORT, ActivityType.ERRANDS,
            ActivityType.HOME_VISIT, ActivityType.OTHER);
    static final int USUAL_MINUTES = 60;

    private final IntegerField minutes = new IntegerField();

    WeMetPanel(long trajectoryId) {
        setId("buddy-we-met-panel-" + trajectoryId);
        minutes.setId("buddy-we-met-minutes-" + trajectoryId);
        minutes.setLabel(getTranslation("buddy.contact.minutes"));
        minutes.setValue(USUAL_MINUTES);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setWidthFull();
        Div choices = new Div();
        choices.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr").set("gap", "var(--lumo-space-s)");
        for (ActivityType type : USUAL) {
            // A label that wraps, in a button that grows: a button's own text is cut off on a phone.
            Span label = new Span(Labels.of(this, type));
            label.getStyle().set("white-space", "normal").set("line-height", "1.2");
            Button choice = new Button(label, e -> fireEvent(new Met(this, trajectoryId, type,
                    minutes.getValue() == null ? 0 : minutes.getValue())));
            choice.setId("buddy-we-met-" + trajectoryId + "-" + type.name());
            choice.setWidthFull();
            choice.getStyle().set("height", "auto").set("min-height", "var(--lumo-button-size)")
                    .set("padding-block", "var(--lumo-space-xs)");
            choices.add(choice);
        }
        add(minutes, choices);
    }

    IntegerField minutes() {
        return minutes;
    }

    Registration addMetListener(ComponentEventListener<Met> listener) {
        return addListener(Met.class, listener);
    }

    /** The buddy tapped what they did. */
    static class Met extends ComponentEvent<WeMetPanel> {

        private final long trajectoryId;
        private final ActivityType activity;
        private final int minutes;

        Met(WeMetPanel source, long trajectoryId, ActivityType activity, int minutes) {
            super(source, false);
            this.trajectoryId = trajectoryId;
            this.activity = activity;
            this.minutes = minutes;
        }

        long trajectoryId() {
            return trajectoryId;
        }

        ActivityType activity() {
            return activity;
        }

        int minutes() {
            return minutes;
        }
    }
}
