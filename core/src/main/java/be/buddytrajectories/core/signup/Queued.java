package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.person.HomeLocation;
import java.time.LocalDateTime;

/** What every item of a review queue says about itself: a volunteer's sign-up or a newcomer's referral. */
public interface Queued {

    long id();

    String displayName();

    HomeLocation location();

    /** In UTC. */
    LocalDateTime submittedAt();
}
