package be.buddytrajectories.ui.newcomers;

import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.validation.TextRules;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.ui.shell.AvailabilityField;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Places.Place;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A newcomer's intake. For someone the host does not know yet it also asks name, gender, birth year and place,
 * checked here (the host's registration has no validation messages of its own); the rest is checked by the
 * intake service and shown at the fields.
 */
class IntakeForm extends FormLayout {

    /** The version of the privacy text the newcomer agrees to. */
    static final List<String> LANGUAGES = List.of("ar", "en", "fr", "fa", "ps", "ti", "uk", "ru", "tr", "ku", "so",
            "ln", "es", "de", "it", "pt", "nl");

    private final Person existing;
    private final NewcomerIntake current;
    private final LocalDate today;
    private final FieldErrors errors = new FieldErrors(this);
    private final Binder<PersonDraft> personBinder = new Binder<>();
    private final PersonDraft personDraft = new PersonDraft();
    private final ComboBox<Place> place = new ComboBox<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final ComboBox<DutchLevel> dutchLevel = new ComboBox<>();
    private final TextField interests = new TextField();
    private final CheckboxGroup<Goal> goals = new CheckboxGroup<>();
    private final TextArea about = new TextArea();
    private final TextField profession = new TextField();
    private final AvailabilityField availability;
    private final ComboBox<FamilySituation> family = new ComboBox<>();
    private final ComboBox<be.buddytrajectories.hostapi.Gender> buddyGender = new ComboBox<>();
    private final Checkbox pnt = new Checkbox();
    private final TextField caseWorker = new TextField();
    private final TextField caseAgency = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Checkbox outcomeConsent = new Checkbox();

    /**
     * @param existing the host newcomer this intake is for, or null to register a new person
     * @param current the newcomer's intake to edit, or null for a new intake
     */
    IntakeForm(Person existing, NewcomerIntake current, LocalDate today) {
        this.existing = existing;
        this.current = current;
        this.today = today;
        availability = new AvailabilityField(getTranslation("buddy.field.availability"), "buddy-intake-availability");
        if (existing == null) {
            addPersonFields();
        }
        Optional<HomeLocation> known = existing == null ? Optional.empty() : HomeLocation.of(existing);
        if (known.isEmpty()) {
            Places.offerIn(place);
            if (current != null) {
                Place home = Place.of(current.location());
                place.getListDataView().addItem(home);
                place.setValue(home);
            }
            add(field(place, "buddy-intake-place", "buddy.field.place"));
            errors.on("location", place);
        }
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(code -> Formats.language(this, code));
        if (existing != null) {
            languages.setValue(offered(existing.languages()));
        }
        dutchLevel.setItems(DutchLevel.values());
        goals.setItems(Goal.values());
        goals.setItemLabelGenerator(goal -> Labels.of(this, goal));
        family.setItems(FamilySituation.values());
        family.setItemLabelGenerator(value -> Labels.of(this, value));
        buddyGender.setItems(Gender.values());
        buddyGender.setItemLabelGenerator(value -> Labels.of(this, value));
        interests.setHelperText(getTranslation("buddy.field.interests.help"));
        TextLimits.cap(about, SelfDescription.Limits.ABOUT_LENGTH);
        TextLimits.cap(profession, SelfDescription.Limits.PROFESSION_LENGTH);
        TextLimits.cap(caseWorker, NewcomerIntake.Limits.CASE_WORKER_LENGTH);
        TextLimits.cap(caseAgency, NewcomerIntake.Limits.CASE_WORKER_LENGTH);
        add(field(languages, "buddy-intake-languages", "buddy.field.contactLanguages"),
                field(dutchLevel, "buddy-intake-dutch-level", "buddy.field.dutchLevel"),
                field(interests, "buddy-intake-interests", "buddy.field.interests"),
                field(goals, "buddy-intake-goals", "buddy.field.goals"),
                field(about, "buddy-intake-about", "buddy.field.about"),
                field(profession, "buddy-intake-profession", "buddy.field.profession"),
                availability,
                field(family, "buddy-intake-family", "buddy.field.family"),
                field(buddyGender, "buddy-intake-buddy-gender", "buddy.field.buddyGender"),
                field(pnt, "buddy-intake-pnt", "buddy.field.pnt"),
                field(caseWorker, "buddy-intake-case-worker", "buddy.field.caseWorker"),
                field(caseAgency, "buddy-intake-case-agency", "buddy.field.caseAgency"),
                field(consent, "buddy-intake-consent", "buddy.field.consent"),
                field(outcomeConsent, "buddy-intake-outcome-consent", "buddy.field.outcomeConsent"));
        setColspan(about, 2);
        setColspan(availability, 2);
        errors.on("contactLanguages", languages).on("dutchLevel", dutchLevel).on("interests", interests)
                .on("goals", goals).on("about", about).on("profession", profession)
                .on("availability", availability).on("familySituation", family).on("caseWorkerName", caseWorker)
                .on("caseWorkerAgency", caseAgency).on("consent", consent).markRequired(NewcomerIntakeInput.class);
        if (current != null) {
            fill(current);
        }
        Button save = new Button(getTranslation("buddy.intake.save"), event -> submit());
        save.setId("buddy-intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private void fill(NewcomerIntake intake) {
        languages.setValue(offered(intake.contactLanguages()));
        dutchLevel.setValue(intake.dutchLevel());
        interests.setValue(String.join(", ", intake.interests()));
        goals.setValue(intake.goals());
        about.setValue(intake.about().orElse(""));
        profession.setValue(intake.profession().orElse(""));
        availability.setValue(intake.availability());
        family.setValue(intake.familySituation());
        buddyGender.setValue(intake.buddyGenderPreference().orElse(null));
        pnt.setValue(intake.pntObliged());
        caseWorker.setValue(intake.caseWorkerName().orElse(""));
        caseAgency.setValue(intake.caseWorkerAgency().orElse(""));
        consent.setValue(true);
        outcomeConsent.setValue(intake.outcomeConsent());
    }

    /** The languages among {@code codes} that the field offers, in their order. */
    private static Set<String> offered(List<String> codes) {
        return codes.stream().filter(LANGUAGES::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void addPersonFields() {
        TextField firstName = field(new TextField(), "buddy-intake-first-name", "buddy.field.firstName");
        TextField lastName = field(new TextField(), "buddy-intake-last-name", "buddy.field.lastName");
        ComboBox<Gender> gender = field(new ComboBox<>(), "buddy-intake-gender", "buddy.field.gender");
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(value -> Labels.of(this, value));
        IntegerField birthYear = field(new IntegerField(), "buddy-intake-birth-year", "buddy.field.birthYear");
        String required = getTranslation("buddy.validation.required");
        String singleLine = getTranslation("buddy.validation.singleLine");
        String tooLong = getTranslation("buddy.validation.tooLong", HostPersonLimits.NAME_LENGTH);
        // The host checks nothing when it registers a person, so a name it cannot store is refused here.
        for (TextField name : List.of(firstName, lastName)) {
            TextLimits.cap(name, HostPersonLimits.NAME_LENGTH);
        }
        personBinder.forField(firstName).asRequired(required).withValidator(TextRules::isSingleLine, singleLine)
                .withValidator(name -> name.strip().length() <= HostPersonLimits.NAME_LENGTH, tooLong)
                .bind(d -> d.firstName, (d, v) -> d.firstName = v);
        personBinder.forField(lastName).asRequired(required).withValidator(TextRules::isSingleLine, singleLine)
                .withValidator(name -> name.strip().length() <= HostPersonLimits.NAME_LENGTH, tooLong)
                .bind(d -> d.lastName, (d, v) -> d.lastName = v);
        personBinder.forField(gender).asRequired(required).bind(d -> d.gender, (d, v) -> d.gender = v);
        personBinder.forField(birthYear)
                .withValidator(year -> year == null || (year >= 1900 && year <= today.getYear()),
                        getTranslation("buddy.validation.birthYear"))
                .bind(d -> d.birthYear, (d, v) -> d.birthYear = v);
        personBinder.setBean(personDraft);
        add(firstName, lastName, gender, birthYear);
    }

    private <F extends Component & HasLabel> F field(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        return field;
    }

    /** Fires even when the new person's fields are wrong, so that the intake's own problems show at the same time. */
    private void submit() {
        boolean personValid = existing != null || personBinder.validate().isOk();
        HomeLocation location = Optional.ofNullable(existing).flatMap(HomeLocation::of)
                .orElseGet(() -> place.getValue() == null ? null : place.getValue().location());
        // Consent given at the first intake keeps its version and date when the intake is edited.
        Consent given = !consent.getValue() ? null
                : current != null ? current.consent() : new Consent(Consent.CURRENT_VERSION, today);
        NewcomerIntakeInput input = new NewcomerIntakeInput(Set.copyOf(languages.getValue()), dutchLevel.getValue(),
                interestsOf(interests.getValue()), current == null ? null : current.interestsNote().orElse(null),
                Set.copyOf(goals.getValue()), blankToNull(about.getValue()),
                blankToNull(profession.getValue()), availability.getValue(), location, buddyGender.getValue(),
                family.getValue(), pnt.getValue(), blankToNull(caseWorker.getValue()),
                blankToNull(caseAgency.getValue()), given,
                outcomeConsent.getValue());
        Optional<NewPerson> person = existing != null || !personValid ? Optional.empty() : Optional.of(new NewPerson(
                PersonKind.NEWCOMER, personDraft.firstName.strip(), personDraft.lastName.strip(), null, null,
                personDraft.birthYear, personDraft.gender, null, location == null ? null : location.postcode(),
                location == null ? null : location.municipality(),
                location == null ? null : new GeoPoint(location.latitude(),
                        location.longitude()),
                List.copyOf(languages.getValue()), Set.of()));
        fireEvent(new Submitted(this, input, person));
    }

    static Set<String> interestsOf(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    FieldErrors errors() {
        return errors;
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The coordinator submitted the intake: the view registers the person (if new) and the intake. */
    static class Submitted extends ComponentEvent<IntakeForm> {

        private final transient NewcomerIntakeInput input;
        private final transient Optional<NewPerson> newPerson;

        Submitted(IntakeForm source, NewcomerIntakeInput input, Optional<NewPerson> newPerson) {
            super(source, false);
            this.input = input;
            this.newPerson = newPerson;
        }

        NewcomerIntakeInput input() {
            return input;
        }

        Optional<NewPerson> newPerson() {
            return newPerson;
        }
    }

    /** The host person's data while the form is filled in. */
    private static final class PersonDraft {
        private String firstName;
        private String lastName;
        private Gender gender;
        private Integer birthYear;
    }
}
