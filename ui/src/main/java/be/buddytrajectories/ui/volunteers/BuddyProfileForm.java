package be.buddytrajectories.ui.volunteers;

import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.ui.shell.AvailabilityField;
import be.buddytrajectories.ui.shell.FieldErrors;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import be.buddytrajectories.ui.shell.Places.Place;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A buddy's profile (buddy intake). Languages are the ones the buddy can hold a conversation in; a language already
 * on the profile keeps its level, a new one counts as fluent. Fires {@link Submitted}.
 */
class BuddyProfileForm extends FormLayout {

    static final int USUAL_TRAVEL_KM = 10;
    static final List<String> LANGUAGES = List.of("nl", "en", "fr", "de", "es", "it", "pt", "ar", "tr", "ru", "fa",
            "uk", "pl", "ro");

    private final Map<String, LanguageLevel> knownLevels;
    private final HomeLocation knownLocation;
    private final Consent knownConsent;
    private final LocalDate today;
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final TextField interests = new TextField();
    private final TextArea about = new TextArea();
    private final TextField profession = new TextField();
    private final TextArea experience = new TextArea();
    private final AvailabilityField availability;
    private final ComboBox<Place> place = new ComboBox<>();
    private final IntegerField travel = new IntegerField();
    private final IntegerField capacity = new IntegerField();
    private final ComboBox<Gender> newcomerGender = new ComboBox<>();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final Checkbox childrenWelcome = new Checkbox();
    private final Checkbox hasChildren = new Checkbox();
    private final Checkbox consent = new Checkbox();

    BuddyProfileForm(Person person, BuddyProfile profile, LocalDate today, FieldErrors errors) {
        this.today = today;
        availability = new AvailabilityField(getTranslation("buddy.field.availability"), "buddy-profile-availability");
        knownLevels = profile == null ? Map.of() : profile.languages().stream()
                .collect(Collectors.toMap(LanguageSkill::code, LanguageSkill::level));
        knownLocation = profile != null ? profile.location() : HomeLocation.of(person).orElse(null);
        knownConsent = profile == null ? null : profile.consent();
        label(languages, "buddy-profile-languages", "buddy.field.conversationLanguages");
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(code -> Formats.language(this, code));
        label(interests, "buddy-profile-interests", "buddy.field.interests");
        interests.setHelperText(getTranslation("buddy.field.interests.help"));
        label(about, "buddy-profile-about", "buddy.field.about");
        label(profession, "buddy-profile-profession", "buddy.field.profession");
        label(experience, "buddy-profile-experience", "buddy.field.experience");
        label(place, "buddy-profile-place", "buddy.field.place");
        Places.offerIn(place);
        place.setVisible(knownLocation == null);
        label(travel, "buddy-profile-travel", "buddy.field.maxTravelKm");
        label(capacity, "buddy-profile-capacity", "buddy.field.capacity");
        capacity.setStepButtonsVisible(true);
        label(newcomerGender, "buddy-profile-newcomer-gender", "buddy.field.newcomerGender");
        newcomerGender.setItems(Gender.values());
        newcomerGender.setItemLabelGenerator(g -> Labels.of(this, g));
        label(minAge, "buddy-profile-min-age", "buddy.field.minAge");
        label(maxAge, "buddy-profile-max-age", "buddy.field.maxAge");
        label(childrenWelcome, "buddy-profile-children-welcome", "buddy.field.childrenWelcome");
        label(hasChildren, "buddy-profile-has-children", "buddy.field.hasChildren");
        label(consent, "buddy-profile-consent", "buddy.field.consent");
        TextLimits.cap(about, SelfDescription.Limits.ABOUT_LENGTH);
        TextLimits.cap(profession, SelfDescription.Limits.PROFESSION_LENGTH);
        TextLimits.cap(experience, SelfDescription.Limits.ABOUT_LENGTH);
        fill(person, profile);
        errors.on("languages", languages).on("interests", interests).on("about", about).on("profession", profession)
                .on("experience", experience).on("availability", availability).on("location", place)
                .on("maxTravelKm", travel).on("capacity", capacity).on("preferredMinAge", minAge)
                .on("preferredMaxAge", maxAge).on("ageBandOrdered", maxAge).on("consent", consent)
                .markRequired(BuddyProfileInput.class);
        Button save = new Button(getTranslation("buddy.profile.save"), e -> fireEvent(new Submitted(this, input())));
        save.setId("buddy-profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(languages, interests, about, profession, experience, place, travel, capacity, newcomerGender, minAge,
                maxAge, childrenWelcome, hasChildren, availability, consent, save);
        setColspan(availability, 2);
        setColspan(about, 2);
    }

    private void fill(Person person, BuddyProfile profile) {
        if (profile == null) {
            languages.setValue(person.languages().stream().filter(LANGUAGES::contains)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            interests.setValue(String.join(", ", person.tags()));
            travel.setValue(USUAL_TRAVEL_KM);
            capacity.setValue(1);
            return;
        }
        languages.setValue(profile.languages().stream().map(LanguageSkill::code).collect(Collectors.toSet()));
        interests.setValue(String.join(", ", profile.interests()));
        about.setValue(profile.about().orElse(""));
        profession.setValue(profile.profession().orElse(""));
        experience.setValue(profile.experience().orElse(""));
        availability.setValue(profile.availability());
        travel.setValue(profile.maxTravelKm());
        capacity.setValue(profile.capacity());
        newcomerGender.setValue(profile.preferredNewcomerGender().orElse(null));
        minAge.setValue(profile.preferredMinAge().orElse(null));
        maxAge.setValue(profile.preferredMaxAge().orElse(null));
        childrenWelcome.setValue(profile.childrenWelcome());
        hasChildren.setValue(profile.hasChildren());
        consent.setValue(true);
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasLabel> void label(
            F field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }

    private BuddyProfileInput input() {
        Set<LanguageSkill> skills = languages.getValue().stream()
                .map(code -> new LanguageSkill(code, knownLevels.getOrDefault(code,
                        "nl".equals(code) ? LanguageLevel.NATIVE : LanguageLevel.FLUENT)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        HomeLocation location = knownLocation != null ? knownLocation
                : Optional.ofNullable(place.getValue()).map(Place::location).orElse(null);
        Consent given = !consent.getValue() ? null : knownConsent != null ? knownConsent
                : new Consent(Consent.CURRENT_VERSION, today);
        return new BuddyProfileInput(skills, Arrays.stream(interests.getValue().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)), null,
                blankToNull(about.getValue()), blankToNull(profession.getValue()), blankToNull(experience.getValue()),
                availability.getValue(), location, orZero(travel), orZero(capacity), newcomerGender.getValue(),
                minAge.getValue(), maxAge.getValue(), childrenWelcome.getValue(), hasChildren.getValue(), given);
    }

    private static int orZero(IntegerField field) {
        return Optional.ofNullable(field.getValue()).orElse(0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    /** The profile as filled in. */
    static class Submitted extends ComponentEvent<BuddyProfileForm> {

        private final transient BuddyProfileInput input;

        Submitted(BuddyProfileForm source, BuddyProfileInput input) {
            super(source, false);
            this.input = input;
        }

        BuddyProfileInput input() {
            return input;
        }
    }
}
