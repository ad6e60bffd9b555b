package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.signup.Referral;
import be.buddytrajectories.core.signup.ReferralInput;
import be.buddytrajectories.core.signup.SignupLimits;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.shell.Places.Place;
import be.buddytrajectories.ui.shell.TextLimits;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;

/** The case worker's referral form; the service checks every field and the view shows its messages here. */
class ReferForm extends PublicFormLayout<ReferralInput> {

    private final TextField caseWorker = new TextField();
    private final TextField organisation = new TextField();
    private final EmailField workEmail = new EmailField();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Place> place = new ComboBox<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final ComboBox<DutchLevel> dutchLevel = new ComboBox<>();
    private final Checkbox pnt = new Checkbox();
    private final TextArea reason = new TextArea();
    private final Checkbox agreed = new Checkbox();

    ReferForm() {
        super("refer");
        TextLimits.cap(caseWorker, NewcomerIntake.Limits.CASE_WORKER_LENGTH);
        TextLimits.cap(organisation, NewcomerIntake.Limits.CASE_WORKER_LENGTH);
        workEmail.setMaxLength(HostPersonLimits.EMAIL_LENGTH);
        TextLimits.cap(firstName, HostPersonLimits.NAME_LENGTH);
        TextLimits.cap(lastName, HostPersonLimits.NAME_LENGTH);
        TextLimits.cap(phone, SignupLimits.PHONE_LENGTH);
        email.setMaxLength(HostPersonLimits.EMAIL_LENGTH);
        TextLimits.cap(reason, SignupLimits.REASON_LENGTH);
        Places.offerIn(place);
        languages.setItems(PublicForm.LANGUAGES);
        languages.setItemLabelGenerator(code -> Formats.language(this, code));
        dutchLevel.setItems(DutchLevel.values());
        dutchLevel.setHelperText(getTranslation("buddy.refer.dutchLevel.help"));
        H2 you = new H2(getTranslation("buddy.refer.you"));
        H2 newcomer = new H2(getTranslation("buddy.refer.newcomer"));
        add(you, field(caseWorker, "buddy-refer-case-worker", "buddy.refer.caseWorker"),
                field(organisation, "buddy-refer-organisation", "buddy.refer.organisation"),
                field(workEmail, "buddy-refer-work-email", "buddy.refer.workEmail"),
                newcomer,
                field(firstName, "buddy-refer-first-name", "buddy.field.firstName"),
                field(lastName, "buddy-refer-last-name", "buddy.field.lastName"),
                field(phone, "buddy-refer-phone", "buddy.join.phone"),
                field(email, "buddy-refer-email", "buddy.join.email"),
                field(place, "buddy-refer-place", "buddy.field.place"),
                field(languages, "buddy-refer-languages", "buddy.field.languages"),
                field(dutchLevel, "buddy-refer-dutch-level", "buddy.field.dutchLevel"),
                field(pnt, "buddy-refer-pnt", "buddy.field.pnt"),
                field(reason, "buddy-refer-reason", "buddy.refer.reason"),
                field(agreed, "buddy-refer-agreed", "buddy.refer.agreed." + Referral.AGREEMENT_VERSION),
                honeypot);
        setColspan(you, 2);
        setColspan(newcomer, 2);
        setColspan(reason, 2);
        setColspan(agreed, 2);
        errors().on("caseWorkerName", caseWorker).on("organisation", organisation).on("workEmail", workEmail)
                .on("firstName", firstName).on("lastName", lastName).on("phone", phone).on("email", email)
                .on("reachable", phone).on("location", place).on("languages", languages)
                .on("dutchLevel", dutchLevel).on("reason", reason).on("newcomerAgreed", agreed)
                .markRequired(ReferralInput.class);
        addSubmit();
    }

    @Override
    ReferralInput input() {
        return new ReferralInput(caseWorker.getValue(), organisation.getValue(),
                workEmail.getValue().strip(), firstName.getValue(), lastName.getValue(),
                PublicForm.blankToNull(phone.getValue()), PublicForm.blankToNull(email.getValue()),
                place.getValue() == null ? null : place.getValue().location(), Set.copyOf(languages.getValue()),
                dutchLevel.getValue(), pnt.getValue(), reason.getValue(), agreed.getValue());
    }
}
