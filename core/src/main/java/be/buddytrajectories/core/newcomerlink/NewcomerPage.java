package be.buddytrajectories.core.newcomerlink;

import be.buddytrajectories.core.pulse.Answer;
import java.util.List;
import java.util.Optional;

/**
 * What the newcomer's page shows: first names only, the meetings to confirm, his answers and the hours. Never the
 * buddy's address, phone, e-mail or last name, other duos or notes.
 *
 * @param buddyFirstNames the first name of the buddy (two, joined, in a tridem)
 * @param pulse           the newcomer's answer to the pulse in the last seven days
 * @param fitAsked        true in the weeks of the fit check: the page asks whether he wants to continue
 * @param fit             his latest answer to the fit check
 */
public record NewcomerPage(String newcomerFirstName, String buddyFirstNames, List<MeetingToConfirm> meetingsToConfirm,
                           long pastMinutes, int hoursTarget, Optional<Answer> pulse, boolean fitAsked,
                           Optional<Answer> fit) {

    /** Counted hours, rounded down to the quarter. */
    public double hours() {
        return Math.floor(pastMinutes / 15.0) / 4.0;
    }
}
