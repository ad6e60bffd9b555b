package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.signup.Queued;
import be.buddytrajectories.core.signup.Review;
import be.buddytrajectories.core.signup.ReviewedQueue;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * One review queue: the pending items, oldest first, and the chosen one's details, who it may already be in the
 * host, and accept (as a new person or as the one the coordinator picks) or decline.
 */
class ReviewQueue<T extends Queued> extends VerticalLayout {

    private final String prefix;
    private final ReviewedQueue<T> queue;
    private final Function<T, Component> fields;
    private final LongConsumer accepted;
    private final Grid<T> grid = new Grid<>();
    private final Div details = new Div();

    /**
     * @param prefix   of the element ids, e.g. {@code buddy-signup} (grid {@code buddy-signups})
     * @param fields   an item's fields, for the details
     * @param accepted what follows an acceptance, given the host person's id
     */
    ReviewQueue(String prefix, ReviewedQueue<T> queue, Function<T, Component> fields, LongConsumer accepted) {
        this.prefix = prefix;
        this.queue = queue;
        this.fields = fields;
        this.accepted = accepted;
        setPadding(false);
        grid.setId(prefix + "s");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("buddy.signups.empty"));
        grid.addColumn(item -> Formats.utcDateTime(this, item.submittedAt()))
                .setHeader(getTranslation("buddy.signups.submitted")).setKey("submitted");
        grid.addColumn(Queued::displayName).setHeader(getTranslation("buddy.signups.name")).setKey("name");
        grid.addColumn(item -> item.location().municipality()).setHeader(getTranslation("buddy.field.municipality"))
                .setKey("municipality");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show, details::removeAll));
        details.setId(prefix + "-details");
        add(grid, details);
        refresh();
    }

    void refresh() {
        grid.setItems(queue.pending());
        details.removeAll();
    }

    private void show(T item) {
        details.removeAll();
        long id = item.id();
        Review<T> review = queue.review(id);
        details.add(fields.apply(review.item()));
        ComboBox<Person> sameAs = new ComboBox<>(getTranslation("buddy.signups.sameAs"));
        sameAs.setId(prefix + "-same-as");
        sameAs.setItems(review.possiblySame());
        sameAs.setItemLabelGenerator(p -> p.displayName() + " (" + p.id() + ")");
        sameAs.setPlaceholder(getTranslation("buddy.signups.newPerson"));
        sameAs.setClearButtonVisible(true);
        if (!review.possiblySame().isEmpty()) {
            Paragraph possibly = new Paragraph(getTranslation("buddy.signups.possiblySame",
                    String.join(", ", review.possiblySame().stream().map(Person::displayName).toList())));
            possibly.setId(prefix + "-possibly-same");
            possibly.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
            details.add(possibly, sameAs);
        }
        Button accept = new Button(getTranslation("buddy.signups.accept"), e -> decide(() -> {
            Person chosen = sameAs.getValue();
            long personId = queue.accept(id, chosen == null ? null : chosen.id());
            Problems.confirm(getTranslation("buddy.signups.accepted"));
            refresh();
            accepted.accept(personId);
        }));
        accept.setId(prefix + "-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("buddy.signups.decline"), e -> decide(() -> {
            queue.decline(id);
            Problems.confirm(getTranslation("buddy.signups.declined"));
            refresh();
        }));
        decline.setId(prefix + "-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        details.add(new HorizontalLayout(accept, decline));
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
            refresh();
        }
    }
}
