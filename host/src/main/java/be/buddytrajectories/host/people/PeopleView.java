package be.buddytrajectories.host.people;

import be.buddytrajectories.host.security.HostPermissions;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.RequiresPermission;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Optional;

/** The people list: search by name, municipality or e-mail, filter by kind, paged from the database. */
@Route("people")
@RequiresPermission(HostPermissions.PEOPLE)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleDirectory people;
    private final TextField search = new TextField();
    private final Select<Optional<PersonKind>> kind = new Select<>();
    private final Grid<Person> grid = new Grid<>();

    @Inject
    public PeopleView(PeopleDirectory people) {
        this.people = people;
        setId("people-view");
        setSizeFull();
        search.setId("people-search");
        search.setPlaceholder(getTranslation("host.people.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24em, 100%)");
        search.addValueChangeListener(e -> refresh());
        kind.setId("people-kind");
        kind.setLabel(getTranslation("host.people.kind"));
        kind.setItems(Optional.empty(), Optional.of(PersonKind.VOLUNTEER), Optional.of(PersonKind.NEWCOMER));
        kind.setItemLabelGenerator(k -> k.map(v -> getTranslation("host.people.kind." + v.name()))
                .orElse(getTranslation("host.people.kind.all")));
        kind.setValue(Optional.empty());
        kind.addValueChangeListener(e -> refresh());

        grid.setId("people-grid");
        grid.setEmptyStateText(getTranslation("host.empty.people"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Person::displayName).setHeader(getTranslation("host.people.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("host.people.kind." + p.kind().name()))
                .setHeader(getTranslation("host.people.kind"));
        grid.addColumn(Person::municipality).setHeader(getTranslation("host.people.municipality"));
        grid.addColumn(Person::birthYear).setHeader(getTranslation("host.people.birthYear"));
        grid.addColumn(p -> String.join(", ", p.languages())).setHeader(getTranslation("host.people.languages"));
        grid.addColumn(p -> String.join(", ", p.tags())).setHeader(getTranslation("host.people.tags")).setFlexGrow(2);
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(search, kind);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("host.people.title")), filters, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue();
        PersonKind selected = kind.getValue() == null ? null : kind.getValue().orElse(null);
        grid.setItems(query -> people.search(new PersonQuery(selected, text, query.getOffset(),
                        Math.min(query.getLimit(), 1000))).people().stream(),
                query -> (int) people.search(new PersonQuery(selected, text, 0, 1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.people.title");
    }
}
