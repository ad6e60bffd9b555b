package be.buddytrajectories.ui.signup;

import be.buddytrajectories.core.signup.FormTicket;
import be.buddytrajectories.core.signup.ReferralInput;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.Submission;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.PublicPage;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Locale;

/** A case worker refers a newcomer ({@code buddy/refer}). */
@Route(value = "buddy/refer", autoLayout = false)
@PublicPage
public class ReferView extends PublicFormView<ReferralInput> {

    private final ReferralService referrals;

    @Inject
    public ReferView(ReferralService referrals, CurrentUser user) {
        super("refer", user);
        this.referrals = referrals;
    }

    @Override
    FormTicket openForm() {
        return referrals.openForm();
    }

    @Override
    PublicFormLayout<ReferralInput> newForm() {
        return new ReferForm();
    }

    @Override
    Submission submit(FormTicket ticket, String clientAddress, String honeypot, ReferralInput input,
                      Locale language) {
        return referrals.submit(ticket, clientAddress, honeypot, input, language);
    }
}
