package be.buddytrajectories.ui.shell;

import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import com.vaadin.flow.component.combobox.ComboBoxBase;

/**
 * A person field over the whole host directory: what the user types is searched by the host, and the list loads a
 * page at a time as it scrolls, so person 50,000 is as easy to pick as person 1.
 */
public final class PersonPicker {

    /** The most a host returns for one query. */
    private static final int HOST_PAGE = 1000;

    private PersonPicker() {
    }

    /** Makes {@code field} list the host's people of {@code kind} (everyone when null), filtered by the host. */
    public static void over(ComboBoxBase<?, Person, ?> field, PeopleDirectory people, PersonKind kind) {
        field.setItems(
                page -> people.search(query(kind, page.getFilter().orElse(null), page.getOffset(), page.getLimit()))
                        .people().stream(),
                page -> (int) Math.min(Integer.MAX_VALUE,
                        people.search(query(kind, page.getFilter().orElse(null), 0, 1)).total()));
    }

    private static PersonQuery query(PersonKind kind, String text, int offset, int limit) {
        return new PersonQuery(kind, text == null || text.isBlank() ? null : text.strip(), offset,
                Math.max(1, Math.min(limit, HOST_PAGE)));
    }
}
