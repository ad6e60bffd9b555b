package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.person.SelfDescription;
import be.buddytrajectories.core.signup.SignupLimits;
import be.buddytrajectories.core.signup.VolunteerSignup;
import be.buddytrajectories.core.signup.VolunteerSignupInput;
import be.buddytrajectories.ui.shell.AvailabilityField;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.shell.Places.Place;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;

/** The volunteer's sign-up form; the service checks every field and the view shows its messages here. */
class JoinForm extends PublicFormLayout<VolunteerSignupInput> {

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final ComboBox<Place> place = new ComboBox<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final TextField interests = new TextField();
    private final AvailabilityField availability;
    private final TextArea about = new TextArea();
    private final Checkbox consent = new Checkbox();

    JoinForm() {
        super("join");
        availability = new AvailabilityField(getTranslation("buddy.join.availability"), "buddy-join-availability");
        TextLimits.cap(firstName, HostPersonLimits.NAME_LENGTH);
        TextLimits.cap(lastName, HostPersonLimits.NAME_LENGTH);
        email.setMaxLength(HostPersonLimits.EMAIL_LENGTH);
        TextLimits.cap(phone, SignupLimits.PHONE_LENGTH);
        TextLimits.cap(about, SelfDescription.Limits.ABOUT_LENGTH);
        Places.offerIn(place);
        languages.setItems(PublicForm.LANGUAGES);
        languages.setItemLabelGenerator(code -> Formats.language(this, code));
        interests.setHelperText(getTranslation("buddy.field.interests.help"));
        Paragraph consentText = new Paragraph(getTranslation("buddy.join.consent." + VolunteerSignup.CONSENT_VERSION));
        consentText.setId("buddy-join-consent-text");
        add(field(firstName, "buddy-join-first-name", "buddy.field.firstName"),
                field(lastName, "buddy-join-last-name", "buddy.field.lastName"),
                field(email, "buddy-join-email", "buddy.join.email"),
                field(phone, "buddy-join-phone", "buddy.join.phone"),
                field(place, "buddy-join-place", "buddy.field.place"),
                field(languages, "buddy-join-languages", "buddy.field.languages"),
                field(interests, "buddy-join-interests", "buddy.field.interests"),
                availability,
                field(about, "buddy-join-about", "buddy.join.about"),
                consentText,
                field(consent, "buddy-join-consent", "buddy.join.consent"),
                honeypot);
        setColspan(availability, 2);
        setColspan(about, 2);
        setColspan(consentText, 2);
        setColspan(consent, 2);
        errors().on("firstName", firstName).on("lastName", lastName).on("email", email).on("phone", phone)
                .on("location", place).on("languages", languages).on("interests", interests)
                .on("availability", availability).on("about", about).on("consent", consent)
                .markRequired(VolunteerSignupInput.class);
        addSubmit();
    }

    @Override
    VolunteerSignupInput input() {
        return new VolunteerSignupInput(firstName.getValue(), lastName.getValue(),
                email.getValue().strip(), PublicForm.blankToNull(phone.getValue()),
                place.getValue() == null ? null : place.getValue().location(), Set.copyOf(languages.getValue()),
                PublicForm.interestsOf(interests.getValue()), availability.getValue(), about.getValue(),
                consent.getValue());
    }
}
