package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.signup.FormTicket;
import be.buddytrajectories.core.signup.Submission;
import be.buddytrajectories.core.signup.VolunteerSignupInput;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.PublicPage;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Locale;

/** Sign up as a volunteer buddy ({@code buddy/join}). */
@Route(value = "buddy/join", autoLayout = false)
@PublicPage
public class JoinView extends PublicFormView<VolunteerSignupInput> {

    private final VolunteerSignupService signups;

    @Inject
    public JoinView(VolunteerSignupService signups, CurrentUser user) {
        super("join", user);
        this.signups = signups;
    }

    @Override
    FormTicket openForm() {
        return signups.openForm();
    }

    @Override
    PublicFormLayout<VolunteerSignupInput> newForm() {
        return new JoinForm();
    }

    @Override
    Submission submit(FormTicket ticket, String clientAddress, String honeypot, VolunteerSignupInput input,
                      Locale language) {
        return signups.submit(ticket, clientAddress, honeypot, input, language);
    }
}
