package be.buddytrajectories.ui.spreadsheet;

import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.spreadsheet.ColumnMapping;
import be.buddytrajectories.core.spreadsheet.Field;
import be.buddytrajectories.core.spreadsheet.SpreadsheetKind;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Consent stated once for a whole file whose sheet has no consent columns: the coordinator confirms that every
 * person in it agreed to a version of the consent text on a day. Until it is confirmed, the rows lack consent.
 */
class FileConsent extends Composite<VerticalLayout> {

    private final TextField version = new TextField();
    private final DatePicker givenOn = new DatePicker();
    private final Checkbox confirmed = new Checkbox();

    FileConsent(LocalDate today, Consumer<FileConsent> changed) {
        getContent().setId("import-consent");
        getContent().setPadding(false);
        version.setId("import-consent-version");
        version.setLabel(getTranslation("buddy.spreadsheet.consent.version"));
        version.setMaxLength(Consent.Limits.VERSION_LENGTH);
        // Wide enough for its label, which the default width cut off ("Versie van de toestemmin…").
        version.setWidth("min(20em, 100%)");
        givenOn.setId("import-consent-date");
        givenOn.setLabel(getTranslation("buddy.spreadsheet.consent.date"));
        givenOn.setMax(today);
        confirmed.setId("import-consent-confirm");
        confirmed.setLabel(getTranslation("buddy.spreadsheet.consent.confirm"));
        FlexLayout fields = new FlexLayout(version, givenOn);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().add(new Paragraph(getTranslation("buddy.spreadsheet.consent.explained")), fields, confirmed);
        clear(today);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(version, givenOn, confirmed)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed.accept(this);
                }
            });
        }
    }

    /** Back to the current consent text, today, not confirmed: a new file needs its own confirmation. */
    void clear(LocalDate today) {
        version.setValue(Consent.CURRENT_VERSION);
        givenOn.setValue(today);
        confirmed.setValue(false);
    }

    /** {@code mapping} with the confirmed consent stated for every row, or with none stated. */
    ColumnMapping applyTo(ColumnMapping mapping) {
        boolean stated = confirmed.getValue();
        return mapping.stating(Field.CONSENT_VERSION, stated ? version.getValue() : null)
                .stating(Field.CONSENT_DATE, stated && givenOn.getValue() != null ? givenOn.getValue().toString() : null);
    }

    /** True when a file of {@code kind} records consent and {@code mapping} lacks a consent column. */
    static boolean neededFor(SpreadsheetKind kind, ColumnMapping mapping) {
        return kind.fields().contains(Field.CONSENT_VERSION)
                && (!mapping.hasColumnFor(Field.CONSENT_VERSION) || !mapping.hasColumnFor(Field.CONSENT_DATE));
    }
}
