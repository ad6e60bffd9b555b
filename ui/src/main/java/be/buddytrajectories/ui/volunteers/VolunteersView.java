package be.buddytrajectories.ui.volunteers;

import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.matching.SuggestionService;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.browse.BrowseResult;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.PersonPicker;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Searching buddies: free text with highlighted snippets, and facets (language, municipality, availability,
 * status, training) whose counts say what ticking each value would give.
 */
@Route("buddy/volunteers")
@RequiresPermission({Keys.COORDINATOR})
public class VolunteersView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 25;

    private final SuggestionService matching;
    private final TextField text = new TextField();
    private final Map<String, CheckboxGroup<String>> facets = new LinkedHashMap<>();
    private final FlexLayout facetPanel = new FlexLayout();
    private final Span total = new Span();
    private final Div hits = new Div();
    private final Button more = new Button();
    private int shown = PAGE;
    private boolean updatingFacets;

    @Inject
    public VolunteersView(SuggestionService matching, PeopleDirectory people) {
        this.matching = matching;
        setId("buddy-volunteers");
        text.setId("buddy-volunteer-search");
        text.setLabel(getTranslation("buddy.volunteers.searchLabel"));
        text.setPlaceholder(getTranslation("buddy.volunteers.search"));
        text.setWidth("min(24em, 100%)");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> searchFromTheTop());
        more.setText(getTranslation("buddy.volunteers.more"));
        more.setId("buddy-volunteer-more");
        more.addClickListener(e -> {
            shown += PAGE;
            search();
        });
        total.setId("buddy-volunteer-total");
        hits.setId("buddy-volunteer-hits");
        facetPanel.setId("buddy-facets");
        facetPanel.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facetPanel.getStyle().set("gap", "var(--lumo-space-l)");
        // The first search runs unguarded: a refusal of the service refuses the whole view.
        show(matching.searchVolunteers(new BrowseQuery("", Map.of(), 0, PAGE)), Map.of());
        add(new H2(getTranslation("buddy.volunteers.title")), profilePicker(people), text, facetPanel, total, hits,
                more);
    }

    private ComboBox<Person> profilePicker(PeopleDirectory people) {
        ComboBox<Person> picker = new ComboBox<>(getTranslation("buddy.volunteers.openProfile"));
        picker.setId("buddy-volunteer-pick");
        PersonPicker.over(picker, people, PersonKind.VOLUNTEER);
        picker.setItemLabelGenerator(Person::displayName);
        picker.setWidth("min(24em, 100%)");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(VolunteerProfileView.class, e.getValue().id()));
            }
        });
        return picker;
    }

    private void searchFromTheTop() {
        shown = PAGE;
        search();
    }

    private void search() {
        if (updatingFacets) {
            return;
        }
        Map<String, List<String>> selected = new LinkedHashMap<>();
        facets.forEach((dimension, group) -> {
            if (!group.getValue().isEmpty()) {
                selected.put(dimension, List.copyOf(group.getValue()));
            }
        });
        try {
            show(matching.searchVolunteers(new BrowseQuery(text.getValue(), selected, 0, shown)), selected);
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }

    private void show(BrowseResult result, Map<String, List<String>> selected) {
        updatingFacets = true;
        result.facets().forEach((dimension, counts) -> {
            CheckboxGroup<String> group = facets.computeIfAbsent(dimension, this::facet);
            Map<String, Integer> byValue = new LinkedHashMap<>();
            counts.forEach(c -> byValue.put(c.value(), c.count()));
            selected.getOrDefault(dimension, List.of()).forEach(v -> byValue.putIfAbsent(v, 0));
            group.setItems(byValue.keySet());
            group.setItemLabelGenerator(value -> facetLabel(dimension, value) + " (" + byValue.get(value) + ")");
            group.setValue(new LinkedHashSet<>(selected.getOrDefault(dimension, List.of())));
        });
        updatingFacets = false;
        total.setText(getTranslation("buddy.volunteers.total", Formats.integer(this, result.totalHits())));
        hits.removeAll();
        more.setVisible(result.hits().size() < result.totalHits());
        result.hits().forEach(hit -> {
            Div row = new Div();
            row.setId("buddy-volunteer-hit-" + hit.buddyId());
            row.getStyle().set("padding", "var(--lumo-space-xs) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            RouterLink name = new RouterLink(hit.name(), VolunteerProfileView.class, Long.parseLong(hit.buddyId()));
            Div snippet = new Div(new Snippet(hit.snippet()));
            snippet.getStyle().set("color", "var(--lumo-secondary-text-color)");
            row.add(name, snippet);
            hits.add(row);
        });
    }

    private CheckboxGroup<String> facet(String dimension) {
        CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("buddy.facet." + dimension));
        group.setId("buddy-facet-" + dimension);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                searchFromTheTop();
            }
        });
        facetPanel.add(group);
        return group;
    }

    /** Languages by name, slots and statuses translated; municipalities as they are. */
    private String facetLabel(String dimension, String value) {
        return switch (dimension) {
            case "language" -> Formats.language(this, value);
            case "status" -> getTranslation("buddy.enum.BuddyStatus." + value);
            case "training" -> getTranslation("buddy.facet.training." + value);
            case "availability" -> availabilityLabel(value);
            default -> value;
        };
    }

    private String availabilityLabel(String code) {
        try {
            WeeklySlot slot = WeeklySlot.parse(code);
            return slot.day().getDisplayName(TextStyle.SHORT, Formats.locale(this)) + " "
                    + getTranslation("buddy.enum.DayPart." + slot.part().name());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buddy.volunteers.title");
    }
}
